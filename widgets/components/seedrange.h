#pragma once
// The range of the labs' seed boxes: six digits a class can read aloud and type back.

namespace genlab::widgets {

inline constexpr int kMaxSeed = 999999;

} // namespace genlab::widgets
