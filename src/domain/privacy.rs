//! Identifier warnings for free text (filled in by the privacy work).
