#pragma once

#include <system_error>
#include <thread>

// Runs second on another thread while first runs on this one, and returns when both are done.
// Where no thread can be started (the process is out of them), second runs after first on this
// thread: the work is the same, only slower.
template <typename First, typename Second> void onBothCores(First &&first, Second &&second)
{
    std::thread other;
    try {
        other = std::thread([&second] { second(); });
    } catch (const std::system_error &) {
        first();
        second();
        return;
    }
    first();
    other.join();
}
