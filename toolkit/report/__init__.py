"""report: read a run folder and present its divergence flags.

- rundir: read alignments/<story>/ (run.json + tables), one-line errors when it is broken
- table: filters, order and the terminal view of the divergence table
- highlight: a flag's evidence words and where they occur in its texts
- picture: the alignment picture of a version pair (SVG with an embedded PNG)
- html: the self-contained HTML report (assets/ are inlined at build time)

Review decisions are attached by toolkit.review (a later stage); the report functions take
flags that already carry the status columns.
"""
