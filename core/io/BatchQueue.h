#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>

namespace renkei {

// Hands batches of work from one thread to another in order, holding a few at most, so that a
// reader and a writer overlap without memory growing with the file. The producer close()s it at
// the end; the consumer may cancel() it early, after which push() returns false.
template <typename T> class BatchQueue
{
public:
    explicit BatchQueue(std::size_t capacity) : m_capacity(capacity) {}

    // Waits while the queue is full; false when the consumer cancelled (the item is dropped).
    bool push(T &&item)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_items.size() < m_capacity || m_cancelled; });
        if (m_cancelled)
            return false;
        m_items.push_back(std::move(item));
        m_changed.notify_all();
        return true;
    }

    // Waits for the next item; false when the producer closed the queue and it is empty, or it was
    // cancelled.
    bool pop(T &item)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_items.empty() || m_closed || m_cancelled; });
        if (m_cancelled || m_items.empty())
            return false;
        item = std::move(m_items.front());
        m_items.pop_front();
        m_changed.notify_all();
        return true;
    }

    void close()
    {
        const std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }

    void cancel()
    {
        const std::lock_guard lock(m_mutex);
        m_cancelled = true;
        m_items.clear();
        m_changed.notify_all();
    }

    bool cancelled() const
    {
        const std::lock_guard lock(m_mutex);
        return m_cancelled;
    }

private:
    const std::size_t m_capacity;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<T> m_items;
    bool m_closed = false;
    bool m_cancelled = false;
};

} // namespace renkei
