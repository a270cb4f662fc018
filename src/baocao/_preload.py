"""Imported once by the batch engine's forkserver: warm the rule files and the lexicon there.

Workers are forked from the forkserver, so they start with the lexicon and the running-text model
(about 50 MB of word sets and counts, two seconds to build, or a third of a second to read from
the disk cache) already loaded, in memory pages they share with it and with each other until they
write to them, instead of each loading its own copy. ``gc.freeze()`` moves those objects out of the collector's sight, so collections in a worker
do not touch (and so copy) them.
Reading an object writes its reference count, so the tables are keyed by strings, which a lookup
compares without taking a reference (see :mod:`baocao.normalize.lexicon`): a worker copies about
10 MiB of the forkserver's pages within 2,000 documents, 4 of them the lexicon's and the model's
(``benchmarks/bench_cow.py``).
"""
import gc

from baocao.batch import warm_up

warm_up()
gc.freeze()
