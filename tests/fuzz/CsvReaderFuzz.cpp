// libFuzzer target for CsvReader: any bytes, in any of the encodings, with either separator, must
// read without a crash, a hang or memory growing without bound, and keep the reader's promises.
// Not part of the build or of CI: run it with tests/fuzz/run-fuzz.sh.
#include "CsvReaderFuzzCheck.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!renkei::fuzz::readsSoundly(data, size))
        std::abort();
    return 0;
}
