#pragma once
// The model a lab works with, in two halves that every lab shares:
//  - ModelSlot<Model>: the model itself, owned by the lab's interactive lane. Every job of that
//    lane reaches it through the slot, so it stays confined to one thread and needs no lock.
//  - LoadedModel<Info>: what the GUI knows of it (a plain description), replaced only by a load
//    that succeeded and is newer than the one it has.
// A load builds the new model completely first and only then replaces the old one, so a failed
// load (a missing tensor, a checkpoint of another architecture) keeps the previous model working.

#include <QtGlobal>

#include <memory>
#include <stdexcept>
#include <string>
#include <utility>

namespace genlab::services {

// Thread: the owning lab's interactive lane only (created on the GUI thread, then handed over).
template <class Model>
class ModelSlot
{
public:
    bool has() const { return bool(m_model); }
    // The loaded model; throws std::runtime_error(missing) when none is.
    Model &require(const std::string &missing = "no model is loaded") const
    {
        if (!m_model)
            throw std::runtime_error(missing);
        return *m_model;
    }
    // Grows with every replace(): a result made by an older model is stale.
    quint64 generation() const { return m_generation; }
    // Installs a model that loaded completely and returns its generation. Call it only once the
    // load succeeded: until then the previous model stays.
    quint64 replace(std::unique_ptr<Model> model)
    {
        m_model = std::move(model);
        return ++m_generation;
    }

private:
    std::unique_ptr<Model> m_model;
    quint64 m_generation = 0;
};

// Info: a plain description with a `quint64 generation` field (0: nothing loaded).
// Thread: GUI only.
template <class Info>
class LoadedModel
{
public:
    bool has() const { return m_info.generation > 0; }
    const Info &info() const { return m_info; }
    // Takes info when it comes from a newer load than the current one; false for a stale result
    // (two loads finishing out of order).
    bool accept(const Info &info)
    {
        if (info.generation <= m_info.generation)
            return false;
        m_info = info;
        return true;
    }

private:
    Info m_info;
};

} // namespace genlab::services
