"""Document structure: lines, sentences, footnotes, sections (headings) and tab-separated tables.

Each pass is its own module and reads the clean text of a :class:`baocao.document.Document`;
everything it returns is in ORIGINAL offsets. :func:`baocao.parse` runs them all and links every
record to the section, sentence and footnote it sits in. Rule vocabularies live in
``structure/data/*.yaml``.
"""
