use super::*;
use crate::formats::lock::DEFAULT_LOCK_MINUTES;
use crate::formats::settings::{DEFAULT_EXPIRY_DAYS, MAX_EXPIRY_DAYS, MIN_EXPIRY_DAYS};
use crate::model::{Age, Answer, Role, SCHEMA_VERSION};

fn open_store(json: &str) -> StoreEnvelope {
    match parse_store(json).unwrap() {
        StoreFile::Open(env) => env,
        StoreFile::Locked(_) => panic!("an open store"),
    }
}

fn json(s: &StoreEnvelope) -> String {
    StoreFile::Open(s.clone()).to_json()
}

fn sample() -> Casus {
    let mut c = Casus::new();
    c.label = "Casus groep 6".into();
    c.role = Some(Role::Leraar);
    c.age = Some(Age {
        years: 9,
        months: 3,
    });
    c.notes = "Komt vaak te laat.".into();
    c.answers.insert("ouder_doet_mee".into(), Answer::Ja);
    c
}

#[test]
fn store_round_trips_in_the_current_version() {
    let mut s = StoreEnvelope::new();
    s.upsert("c-1", sample(), 1_000);
    s.upsert("c-2", Casus::new(), 2_000);
    let json = json(&s);
    assert!(json.starts_with(r#"{"format":"thuiswijzer-opslag","version":3,"cases":["#));
    assert_eq!(open_store(&json), s);
    // Replacing keeps one entry and restarts the expiry.
    s.upsert("c-1", Casus::new(), 5_000);
    assert_eq!(s.cases.len(), 2);
    assert_eq!(s.get("c-1").unwrap().saved_at_ms, 5_000);
    assert!(s.remove("c-2"));
    assert!(!s.remove("c-2"));
}

#[test]
fn store_load_errors_are_distinct() {
    assert_eq!(parse_store("{\"format\":"), Err(LoadError::NotJson));
    assert_eq!(parse_store(""), Err(LoadError::NotJson));
    assert_eq!(parse_store("[1,2]"), Err(LoadError::WrongFormat));
    assert_eq!(
        parse_store(r#"{"format":"iets-anders","version":1,"cases":[]}"#),
        Err(LoadError::WrongFormat)
    );
    assert_eq!(
        parse_store(r#"{"version":1,"cases":[]}"#),
        Err(LoadError::WrongFormat)
    );
    let future = parse_store(r#"{"format":"thuiswijzer-opslag","version":7,"cases":"?"}"#);
    assert_eq!(future, Err(LoadError::FutureVersion { found: 7 }));
    let err = future.unwrap_err();
    assert!(err.must_not_overwrite());
    assert!(err.message().contains("overschrijft ze niet"));
    assert_eq!(
        parse_store(r#"{"format":"thuiswijzer-opslag","cases":[]}"#),
        Err(LoadError::Malformed { what: "version" })
    );
    assert_eq!(
        parse_store(r#"{"format":"thuiswijzer-opslag","version":1,"cases":{}}"#),
        Err(LoadError::Malformed { what: "cases" })
    );
    assert_eq!(
        parse_store(
            r#"{"format":"thuiswijzer-opslag","version":1,"cases":[{"id":"a","saved_at_ms":1,"casus":{"role":"directeur"}}]}"#
        ),
        Err(LoadError::Malformed { what: "cases" })
    );
    // A case written by a newer app version is a future version too.
    assert_eq!(
        parse_store(
            r#"{"format":"thuiswijzer-opslag","version":1,"cases":[{"id":"a","saved_at_ms":1,"casus":{"schema":9}}]}"#
        ),
        Err(LoadError::FutureVersion { found: 9 })
    );
    assert!(!LoadError::NotJson.must_not_overwrite());
    assert!(LoadError::WrongFormat.must_not_overwrite());
    let all = [
        LoadError::NotJson,
        LoadError::WrongFormat,
        LoadError::FutureVersion { found: 2 },
        LoadError::Malformed { what: "x" },
        LoadError::CaseMissing,
    ];
    for (i, a) in all.iter().enumerate() {
        for b in &all[i + 1..] {
            assert_ne!(a.message(), b.message());
        }
        assert_eq!(a.to_string(), a.message());
    }
}

#[test]
fn store_v0_is_migrated() {
    let v0 = r#"{
        "format": "thuiswijzer-opslag", "version": 0, "bewaartermijn_dagen": 14,
        "casussen": {
            "b": { "opgeslagen": 1700000100, "casus": { "schema": 0, "titel": "Casus B",
                   "notities": "oud", "role": "huisarts" } },
            "a": { "opgeslagen": 1700000200, "casus": { "titel": "Casus A" } }
        }
    }"#;
    let s = open_store(v0);
    assert_eq!(s.settings.expiry_days, 14);
    let ids: Vec<_> = s.cases.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["b", "a"], "ordered by save time");
    let b = &s.cases[0];
    assert_eq!(b.saved_at_ms, 1_700_000_100_000);
    assert_eq!(b.expires_after_days, 14);
    assert_eq!(b.casus.label, "Casus B");
    assert_eq!(b.casus.notes, "oud");
    assert_eq!(b.casus.role, Some(Role::Huisarts));
    assert_eq!(b.casus.schema, SCHEMA_VERSION);
    // A v0 case without a schema is schema 0 as well.
    assert_eq!(s.cases[1].casus.label, "Casus A");
    // Saving writes the current version, which reads back the same.
    let again = open_store(&json(&s));
    assert_eq!(again, s);
    // An empty v0 store and a broken one.
    let empty = open_store(r#"{"format":"thuiswijzer-opslag","version":0}"#);
    assert!(empty.cases.is_empty());
    assert_eq!(empty.settings.expiry_days, DEFAULT_EXPIRY_DAYS);
    assert_eq!(
        parse_store(r#"{"format":"thuiswijzer-opslag","version":0,"casussen":[]}"#),
        Err(LoadError::Malformed { what: "casussen" })
    );
    assert_eq!(
        parse_store(r#"{"format":"thuiswijzer-opslag","version":0,"casussen":{"a":{"casus":{}}}}"#),
        Err(LoadError::Malformed { what: "opgeslagen" })
    );
}

#[test]
fn expiry_uses_the_setting_and_the_case() {
    let mut s = StoreEnvelope::new();
    s.upsert("old", Casus::new(), 0);
    s.upsert("new", Casus::new(), 10 * DAY_MS);
    assert_eq!(s.cases[0].expires_after_days, 30);
    assert!(s.expired(30 * DAY_MS - 1).is_empty());
    assert_eq!(s.expired(30 * DAY_MS), ["old"]);
    s.set_expiry_days(7);
    assert_eq!(s.expired(17 * DAY_MS), ["old", "new"]);
    assert_eq!(s.expired(16 * DAY_MS), ["old"]);
    assert_eq!(s.remove_expired(16 * DAY_MS), ["old"]);
    assert_eq!(s.cases.len(), 1);
    s.set_expiry_days(0);
    assert_eq!(s.settings.expiry_days, MIN_EXPIRY_DAYS);
    s.set_expiry_days(10_000);
    assert_eq!(s.settings.expiry_days, MAX_EXPIRY_DAYS);
    // No overflow at the end of time.
    let c = StoredCase {
        id: "x".into(),
        saved_at_ms: u64::MAX - 1,
        expires_after_days: 30,
        casus: Casus::new(),
    };
    assert_eq!(c.expires_at_ms(), u64::MAX);
    assert!(!c.is_expired(u64::MAX - 1));
}

#[test]
fn store_clamps_days_and_keeps_one_entry_per_id() {
    let json = r#"{"format":"thuiswijzer-opslag","version":1,"settings":{"expiry_days":0},
        "cases":[{"id":"a","saved_at_ms":5,"casus":{"label":"eerste"}},
                 {"id":"a","saved_at_ms":9,"expires_after_days":999,"casus":{"label":"later"}},
                 {"id":"a","saved_at_ms":7,"casus":{"label":"tussen"}}]}"#;
    let s = open_store(json);
    assert_eq!(s.settings.expiry_days, MIN_EXPIRY_DAYS);
    assert_eq!(s.cases.len(), 1);
    assert_eq!(s.cases[0].casus.label, "later");
    assert_eq!(s.cases[0].expires_after_days, MAX_EXPIRY_DAYS);
    // Missing expiry and settings fall back to the default.
    let s = open_store(
        r#"{"format":"thuiswijzer-opslag","version":1,"cases":[{"id":"a","saved_at_ms":5,"casus":{}}]}"#,
    );
    assert_eq!(s.cases[0].expires_after_days, DEFAULT_EXPIRY_DAYS);
    assert_eq!(s.settings, Settings::default());
}

#[test]
fn store_v1_reads_as_the_current_version_without_a_lock() {
    let v1 = r#"{"format":"thuiswijzer-opslag","version":1,
        "cases":[{"id":"a","saved_at_ms":5,"expires_after_days":30,
                  "casus":{"schema":1,"label":"Groep 8"}}],
        "settings":{"expiry_days":20}}"#;
    let s = open_store(v1);
    assert_eq!(s.get("a").unwrap().casus.label, "Groep 8");
    assert_eq!(s.settings.expiry_days, 20);
    assert_eq!(s.settings.lock_after_minutes, DEFAULT_LOCK_MINUTES);
    let again = json(&s);
    assert!(again.contains(r#""version":3"#));
    assert!(!again.contains(r#""lock""#));
    assert_eq!(open_store(&again), s);
}

#[test]
fn opened_cases_are_read_like_an_import() {
    let mut c = Casus::new();
    c.label = "Groep 4".into();
    let plain = casus_plaintext(&c);
    assert_eq!(open_case(&plain).unwrap(), c);
    assert_eq!(
        open_case(b"{not json"),
        Err(LoadError::Malformed { what: "casus" })
    );
    assert!(open_case(br#"{"schema": 99}"#).is_err());
}
