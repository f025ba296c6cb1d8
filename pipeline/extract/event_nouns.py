"""Nouns that name a happening (``suicide``, ``trial``, ``consecration``, ``defeat``): a
date right after one (``after Nero's suicide in 68``, ``since the construction of the
bridge in 1793``) dates that happening, whatever the rest of the sentence says. Nouns
with the endings in :data:`EVENT_ENDINGS` (``-tion``, ``-ment``) name happenings too."""

from __future__ import annotations

from typing import Final

from pipeline.extract.words import words

EVENT_NOUNS: Final = words(
    """death birth suicide murder assassination execution burial funeral trial defeat
    victory win loss release launch visit attack invasion battle siege fall collapse fire
    flood earthquake crash wreck marriage wedding divorce coronation accession abdication
    election debut premiere opening closure sale merger takeover strike riot split
    armistice treaty ceasefire surrender raid bombing landing arrival departure return
    retirement resignation dismissal arrest escape rescue discovery founding move transfer
    purchase acquisition renovation expansion closing signing tour concert match fight
    bout ceremony reign rule war uprising revolt rebellion coup referendum meeting sinking
    shooting killing ruling hearing sitting trial arrival removal approval renewal
    dismissal proposal refusal denial revival survival withdrawal festival"""
)

EVENT_ENDINGS: Final = ("tion", "sion", "ment", "ance", "ure")
