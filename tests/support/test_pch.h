// Precompiled for every test executable: QtCore and the standard headers most tests use (about
// 3 s of parsing per test source without it; there are over a hundred). Only headers whose
// content no per-test macro changes may go here: QtTest itself reads QT_TESTCASE_BUILDDIR, which
// differs per test, so it is not precompiled.
#pragma once

#include <QtCore>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <string>
#include <vector>
