//! Content: expert-readable data files and their loader (filled in by the decision-model work).
