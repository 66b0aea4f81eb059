//! Versioned storage and export envelopes (filled in by the privacy work).
