//! Migrations of older stored data to the current shapes: the prototype's store (version 0)
//! and older case schemas. Each step is a pure function on JSON values, so the typed read
//! afterwards only ever sees the current shape.

use crate::formats::settings::{clamp_days, DEFAULT_EXPIRY_DAYS, MAX_EXPIRY_DAYS};
use crate::model::{Casus, SCHEMA_VERSION};
use serde_json::{Map, Value};

/// Why old data could not be brought up to date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MigrationError {
    /// Written by a newer version of the app (a case `schema` above [`SCHEMA_VERSION`]).
    Future(u64),
    /// A part is missing or has the wrong shape; names the part, never any content.
    Malformed(&'static str),
}

/// Store version 0 -> 1 (the format marker and version are left to the caller): the map `casussen` becomes the list `cases` (ordered by save time, then
/// id), seconds become milliseconds, and the top-level `bewaartermijn_dagen` becomes
/// `settings.expiry_days` and each case's `expires_after_days`. Cases without a `schema` get
/// schema 0, which the case migration then brings up to date.
pub fn migrate_store_v0(obj: Map<String, Value>) -> Result<Map<String, Value>, MigrationError> {
    let days = match obj.get("bewaartermijn_dagen") {
        None | Some(Value::Null) => DEFAULT_EXPIRY_DAYS,
        Some(v) => v
            .as_u64()
            .map(|d| d.min(u64::from(MAX_EXPIRY_DAYS)) as u32)
            .ok_or(MigrationError::Malformed("bewaartermijn_dagen"))?,
    };
    let days = clamp_days(days);
    let mut entries: Vec<(u64, String, Value)> = Vec::new();
    match obj.get("casussen") {
        None | Some(Value::Null) => {}
        Some(Value::Object(map)) => {
            for (id, entry) in map {
                let saved_s = entry
                    .get("opgeslagen")
                    .and_then(Value::as_u64)
                    .ok_or(MigrationError::Malformed("opgeslagen"))?;
                let mut casus = entry
                    .get("casus")
                    .cloned()
                    .ok_or(MigrationError::Malformed("casus"))?;
                // The prototype did not always write a schema: its cases are schema 0.
                if let Value::Object(c) = &mut casus {
                    c.entry("schema").or_insert(Value::from(0));
                }
                entries.push((saved_s.saturating_mul(1000), id.clone(), casus));
            }
        }
        Some(_) => return Err(MigrationError::Malformed("casussen")),
    }
    entries.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
    let cases: Vec<Value> = entries
        .into_iter()
        .map(|(saved_at_ms, id, casus)| {
            serde_json::json!({
                "id": id,
                "saved_at_ms": saved_at_ms,
                "expires_after_days": days,
                "casus": casus,
            })
        })
        .collect();
    let mut out = Map::new();
    out.insert("cases".into(), Value::Array(cases));
    out.insert(
        "settings".into(),
        serde_json::json!({ "expiry_days": days }),
    );
    Ok(out)
}

/// Bring a case value to [`SCHEMA_VERSION`] in place. A missing `schema` counts as current.
///
/// Schema 0 -> 1: `titel` became `label` and `notities` became `notes`.
pub fn migrate_casus_value(v: &mut Value) -> Result<(), MigrationError> {
    let Value::Object(obj) = v else {
        return Err(MigrationError::Malformed("casus"));
    };
    let schema = match obj.get("schema") {
        None => u64::from(SCHEMA_VERSION),
        Some(s) => s.as_u64().ok_or(MigrationError::Malformed("casus"))?,
    };
    if schema > u64::from(SCHEMA_VERSION) {
        return Err(MigrationError::Future(schema));
    }
    if schema == 0 {
        for (old, new) in [("titel", "label"), ("notities", "notes")] {
            if let Some(x) = obj.remove(old) {
                obj.entry(new).or_insert(x);
            }
        }
    }
    // Later steps belong to the case shape (model).
    Casus::migrate_from(schema, obj);
    Ok(())
}

/// A case from JSON, migrated to the current schema and read.
pub fn casus_from_value(mut v: Value) -> Result<Casus, MigrationError> {
    migrate_casus_value(&mut v)?;
    serde_json::from_value(v).map_err(|_| MigrationError::Malformed("casus"))
}
