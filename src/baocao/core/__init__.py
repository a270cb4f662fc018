"""Pieces several layers share (layer 0: imports nothing else of baocao but :mod:`baocao.options`).

:mod:`baocao.core.numbers` reads Vietnamese numerals and the amounts they make;
:mod:`baocao.core.rules` reads the YAML rule files and builds regex alternations from their words.
"""
