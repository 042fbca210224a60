#pragma once
// What the Retrieval lab's commands share with its demo step (retrievaldemo.cpp).

#include "engine/retrieval/extractive.h"
#include "engine/retrieval/retrievalindex.h"

#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace genlab::cli {

// A hit list as `genlab search --json` prints it: {"query": Q, "results": [{"source", "location",
// "text", "bm25", "dense", "fused"}, ...]}, null where a retriever did not rank the passage.
QString searchResultsJson(const engine::retrieval::RetrievalIndex &index, const std::string &query,
                          const std::vector<engine::retrieval::SearchHit> &hits);
// The results array alone ("[...]").
QString resultsArrayJson(const engine::retrieval::RetrievalIndex &index, const std::vector<engine::retrieval::SearchHit> &hits);
// `genlab ask --json`: {"question", "answer", "notice", "sentences": [{"text", "passage", "score",
// "source", "location"}], "passages": [as search's results]}.
QString answerJson(const engine::retrieval::RetrievalIndex &index, const engine::retrieval::ExtractiveAnswer &answer,
                   const std::vector<engine::retrieval::SearchHit> &hits);
// `genlab ask` without --json: the answer with [n] after each sentence, then the numbered passages.
QString askText(const engine::retrieval::RetrievalIndex &index, const engine::retrieval::ExtractiveAnswer &answer,
                const std::vector<engine::retrieval::SearchHit> &hits);

// Where the studio's help pages are looked for ($GENLAB_HELP_DIR, share/genlab/help beside the
// installed models, resources/help in the source tree), and the first that exists ("" if none).
QStringList helpPageFolders();
QString helpPagesFolder();

} // namespace genlab::cli
