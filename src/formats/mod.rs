//! Persistence formats: the stored and exported shapes, migrations, sealing rules. Pure Rust.

pub mod envelope;
pub mod lock;
