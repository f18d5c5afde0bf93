#pragma once

namespace renkei {

// Attendances from the network's own area (区内), from neighbouring ones (区外), and from people whose
// area is not recorded (guests, members without one). The three add up to the attendances.
struct AreaSplit
{
    int inArea = 0;
    int outOfArea = 0;
    int unknown = 0;

    int total() const { return inArea + outOfArea + unknown; }
};

} // namespace renkei
