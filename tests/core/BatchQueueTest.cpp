#include "core/io/BatchQueue.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <thread>
#include <vector>

using namespace renkei;

TEST_CASE("a batch queue hands every batch over in order, holding no more than its capacity")
{
    BatchQueue<std::vector<int>> queue(2);
    std::atomic<int> pushed{0};
    std::atomic<int> refused{0};
    // Catch's assertions belong to the test's thread: the producer only counts.
    std::thread producer([&] {
        for (int i = 0; i < 100; ++i) {
            if (!queue.push(std::vector<int>{i, i + 1}))
                ++refused;
            ++pushed;
        }
        queue.close();
    });
    // Nothing taken yet: the producer stops at the capacity (two held, a third waiting to go in).
    for (int spins = 0; spins < 5000 && pushed < 2; ++spins)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    CHECK(pushed == 2);

    std::vector<int> batch;
    int expected = 0;
    while (queue.pop(batch)) {
        REQUIRE(batch.size() == 2);
        CHECK(batch[0] == expected);
        CHECK(batch[1] == expected + 1);
        ++expected;
    }
    producer.join();
    CHECK(expected == 100);
    CHECK(refused == 0);
    CHECK_FALSE(queue.pop(batch)); // closed and empty stays so
}

TEST_CASE("cancelling a batch queue releases a waiting producer and drops what it held")
{
    BatchQueue<int> queue(1);
    REQUIRE(queue.push(1));
    std::atomic<bool> started{false};
    std::atomic<bool> returned{false};
    std::atomic<bool> refused{false};
    std::thread producer([&] {
        started = true;
        refused = !queue.push(2);
        returned = true;
    });
    const auto waitFor = [](const std::atomic<bool> &flag) {
        for (int spins = 0; spins < 5000 && !flag; ++spins)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
    };
    waitFor(started);
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    // The queue is full: the producer waits in push() until it is cancelled.
    CHECK_FALSE(returned);
    queue.cancel();
    waitFor(returned);
    const bool released = returned;
    if (!released) { // let the producer go all the same, so that the test ends
        queue.close();
        int item = 0;
        (void)queue.pop(item);
    }
    producer.join();
    CHECK(released);
    CHECK(refused);
    CHECK(queue.cancelled());
    int item = 0;
    CHECK_FALSE(queue.pop(item));
    CHECK_FALSE(queue.push(3));
}
