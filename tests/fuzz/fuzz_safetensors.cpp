// libFuzzer target for the safetensors reader (built with -DGENLAB_FUZZ=ON and clang; see
// scripts/fuzz-safetensors.sh). Links the io sources only, never torch.
#include "safetensors_fuzz_body.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    genlab::fuzz::exerciseSafetensors(data, size);
    return 0;
}
