"""Releases: reproducible archives (:mod:`~pipeline.release.archive`), building one
(:mod:`~pipeline.release.build`), verifying a folder or archive
(:mod:`~pipeline.release.verify`), diffing two (:mod:`~pipeline.release.diff`) and
downloading one safely (:mod:`~pipeline.release.download`)."""
