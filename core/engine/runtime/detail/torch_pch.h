// Precompiled for every engine module that uses LibTorch. Never include from a public header.
#pragma once
#include <torch/torch.h>
