"""glibc reference values for HostMath (written to libm.txt beside this file).

Run with the CPython of the vector machine (glibc 2.36):  python gen_libm.py > libm.txt
Lines: '<function> <x as hex bits> <glibc result as hex bits>'; math.log and math.erf call glibc's log and erf.
"""
import math
import random
import struct


def bits(x):
    return struct.pack(">d", x).hex()


rng = random.Random(20261123)
for _ in range(6000):
    x = rng.uniform(0.0, 0.5857864376269049)  # 1 + t for the log branch of float64 log1p (|t| >= sqrt(2) - 1)
    if x > 0:
        print("log", bits(x), bits(math.log(x)))
for _ in range(2000):
    x = math.exp(rng.uniform(-700.0, 700.0))  # the whole range
    print("log", bits(x), bits(math.log(x)))
for _ in range(3000):
    x = rng.uniform(-6.5, 6.5)
    print("erf", bits(x), bits(math.erf(x)))
for k in range(-40, 41):
    x = k / 10 / math.sqrt(2)  # truncation bounds -4.0 .. 4.0 in steps of 0.1, divided by sqrt 2
    print("erf", bits(x), bits(math.erf(x)))
