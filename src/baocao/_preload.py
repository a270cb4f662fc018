"""Imported once by the batch engine's forkserver: warm the rule files and the lexicon there.

Workers are forked from the forkserver, so they start with the lexicon and the running-text model
(about 65 MB of word sets and counts, two seconds to build) already loaded, in memory pages they share with it and with each other
until they write to them, instead of each building its own copy. ``gc.freeze()`` moves those
objects out of the collector's sight, so collections in a worker do not touch (and so copy) them.
"""
import gc

from baocao.batch import warm_up

warm_up()
gc.freeze()
