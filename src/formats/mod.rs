//! Persistence formats: the stored and exported shapes, migrations, sealing rules. Pure Rust.
//!
//! Imports point down this list: `crypto` (parameters, base64, a sealed value) <- `lock` (the
//! passphrase lock) <- `settings` <- `migrate` <- `store` (the saved cases, in one key up to
//! version 3) <- `split` (format 4: a key per case beside an index) <- `footprint`,
//! `working` (this tab's copy) and `keeping` (a kept case is never written open); `export` and
//! `import_error` sit beside `store` on `crypto` and `migrate`.

pub mod contacts;
pub mod crypto;
pub mod export;
pub mod footprint;
pub mod ics;
pub mod import_error;
pub mod keeping;
pub mod lock;
pub mod migrate;
pub mod settings;
pub mod split;
pub mod store;
pub mod working;
