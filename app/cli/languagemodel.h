#pragma once
// The language model a Text-side command works on: --model PATH (a folder: ours or Hugging Face
// GPT-2), else the shipped one. Shared by generate, perplexity, fewshot and induction.

#include <QString>

class QCommandLineParser;

namespace genlab::cli {

// Throws UsageError when --model is not a folder, std::runtime_error naming the places looked in
// when the shipped model is missing.
QString languageModelFolder(const QCommandLineParser &p);

} // namespace genlab::cli
