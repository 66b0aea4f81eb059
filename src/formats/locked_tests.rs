//! The locked store: what is sealed with which associated data, what a changed or moved value
//! does, the settings beside the cases, and the migration from version 2.
//!
//! Web Crypto is not available natively, so the tests seal with a stand-in that has the one
//! property that matters here, as AES-GCM has: a value opens only with the key and the
//! associated data it was sealed with, and not after any change.

use super::*;
use crate::formats::crypto::IV_LEN;
use crate::formats::lock::{check_aad, MIN_LOCK_MINUTES};
use crate::formats::settings::DEFAULT_EXPIRY_DAYS;
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

/// A stand-in authenticated cipher: a 16-byte tag over key, IV, associated data and
/// plaintext, then the plaintext (not secret; only the authentication is modelled).
struct Aead {
    key: u64,
    next_iv: u8,
}

impl Aead {
    fn new(key: u64) -> Self {
        Aead { key, next_iv: 0 }
    }

    fn tag(&self, iv: &[u8], aad: &[u8], plain: &[u8]) -> [u8; 16] {
        let mut out = [0u8; 16];
        for (half, chunk) in out.chunks_mut(8).enumerate() {
            let mut h = DefaultHasher::new();
            (self.key, half, iv, aad, plain).hash(&mut h);
            chunk.copy_from_slice(&h.finish().to_le_bytes());
        }
        out
    }

    fn seal(&mut self, plain: &[u8], aad: &[u8]) -> Sealed {
        self.next_iv += 1;
        let iv = [self.next_iv; IV_LEN];
        let mut data = self.tag(&iv, aad, plain).to_vec();
        data.extend_from_slice(plain);
        Sealed {
            iv,
            data: data.into(),
        }
    }

    fn open(&self, s: &Sealed, aad: &[u8]) -> Option<Vec<u8>> {
        let (tag, plain) = s.data.split_at(16);
        (tag == self.tag(&s.iv, aad, plain)).then(|| plain.to_vec())
    }
}

fn lock(aead: &mut Aead, version: u32) -> LockParams {
    LockParams {
        iterations: 600_000,
        salt: vec![7; 16],
        check: aead.seal(crate::formats::lock::LOCK_CHECK, &check_aad(version)),
        version,
    }
}

fn sample_env() -> StoreEnvelope {
    let mut env = StoreEnvelope::new();
    let mut a = Casus::new();
    a.label = "Casus A".into();
    let mut b = Casus::new();
    b.label = "Casus B".into();
    env.upsert("a", a, 1_000);
    env.upsert("b", b, 2_000);
    env.settings.lock_after_minutes = 5;
    env
}

fn seal(aead: &mut Aead, env: &StoreEnvelope) -> LockedStore {
    let l = lock(aead, STORE_VERSION);
    let sealed = run(aead, LockedStore::to_seal(env));
    LockedStore::from_sealed(env, l, sealed)
}

fn run(aead: &mut Aead, steps: Vec<SealStep>) -> Vec<Sealed> {
    steps
        .into_iter()
        .map(|step| match step {
            SealStep::Keep(s) => s,
            SealStep::Seal { plain, aad } => aead.seal(&plain, &aad),
        })
        .collect()
}

fn locked(json: &str) -> LockedStore {
    match parse_store(json) {
        Ok(StoreFile::Locked(l)) => l,
        other => panic!("a locked store: {other:?}"),
    }
}

fn edited(json: &str, edit: impl FnOnce(&mut Value)) -> String {
    let mut v: Value = serde_json::from_str(json).unwrap();
    edit(&mut v);
    v.to_string()
}

#[test]
fn a_locked_store_round_trips_and_shows_no_content() {
    let mut aead = Aead::new(1);
    let env = sample_env();
    let file = StoreFile::Locked(seal(&mut aead, &env));
    let json = file.to_json();
    assert!(json.starts_with(r#"{"format":"thuiswijzer-opslag","version":3,"#));
    assert!(json.contains(r#""lock":{"kdf":{"name":"PBKDF2-SHA256","iterations":600000"#));
    assert!(json.contains(r#""cipher":"AES-GCM""#));
    assert_eq!(parse_store(&json).unwrap(), file);
    // Neither a field of a case nor a setting is readable.
    for hidden in ["label", "schema", "lock_after_minutes", "expiry_days"] {
        assert!(!json.contains(hidden), "{hidden}");
    }
    let opened = locked(&json).open_with(|s, aad| aead.open(s, aad));
    assert_eq!(opened, Ok(env));
}

#[test]
fn a_sealed_case_moved_to_another_id_does_not_open() {
    let mut aead = Aead::new(1);
    let json = StoreFile::Locked(seal(&mut aead, &sample_env())).to_json();
    let open = |json: &str| locked(json).open_with(|s, aad| aead.open(s, aad));
    assert!(open(&json).is_ok());
    let malformed = Err(LoadError::Malformed { what: "casus" });
    // B's sealed content under A's id (and A's under B's).
    let swapped = edited(&json, |v| {
        let a = v["cases"][0]["casus"].clone();
        v["cases"][0]["casus"] = v["cases"][1]["casus"].clone();
        v["cases"][1]["casus"] = a;
    });
    assert_eq!(open(&swapped), malformed);
    // The same sealed case under a new id.
    let renamed = edited(&json, |v| v["cases"][0]["id"] = "z".into());
    assert_eq!(open(&renamed), malformed);
    // A later save time or a longer term (so it would never expire) does not open either.
    let later = edited(&json, |v| v["cases"][0]["saved_at_ms"] = 9_999_999.into());
    assert_eq!(open(&later), malformed);
    let longer = edited(&json, |v| v["cases"][1]["expires_after_days"] = 365.into());
    assert_eq!(open(&longer), malformed);
    // The settings cannot stand in for a case, nor a case for the settings.
    let as_case = edited(&json, |v| v["cases"][0]["casus"] = v["settings"].clone());
    assert_eq!(open(&as_case), malformed);
    let as_settings = edited(&json, |v| v["settings"] = v["cases"][0]["casus"].clone());
    assert_eq!(
        open(&as_settings),
        Err(LoadError::Malformed { what: "settings" })
    );
    // Another key opens nothing.
    let other = Aead::new(2);
    assert!(locked(&json)
        .open_with(|s, aad| other.open(s, aad))
        .is_err());
}

#[test]
fn settings_beside_the_sealed_cases_cannot_be_changed() {
    let mut aead = Aead::new(1);
    let json = StoreFile::Locked(seal(&mut aead, &sample_env())).to_json();
    let open = |json: &str| locked(json).open_with(|s, aad| aead.open(s, aad));
    assert_eq!(open(&json).unwrap().settings.lock_after_minutes, 5);
    // Readable settings written in their place are refused, not accepted.
    let plain =
        edited(
            &json,
            |v| v["settings"] = serde_json::json!({"expiry_days": 365, "lock_after_minutes": 240}),
        );
    assert_eq!(
        parse_store(&plain),
        Err(LoadError::Malformed { what: "settings" })
    );
    let removed = edited(&json, |v| {
        v.as_object_mut().unwrap().remove("settings");
    });
    assert_eq!(
        parse_store(&removed),
        Err(LoadError::Malformed { what: "settings" })
    );
    // Changed sealed bytes never open. (An older sealed value of the same store, sealed with
    // the same key, would: AES-GCM has no notion of "latest". That is a setting the user once
    // chose, and locking still works with it.)
    let flipped = edited(&json, |v| {
        let data = v["settings"]["data"].as_str().unwrap().to_string();
        let mut bytes = crate::formats::crypto::b64_decode(&data).unwrap();
        bytes[20] ^= 1;
        v["settings"]["data"] = crate::formats::crypto::b64_encode(&bytes).into();
    });
    assert_eq!(
        open(&flipped),
        Err(LoadError::Malformed { what: "settings" })
    );
}

#[test]
fn a_version_two_locked_store_opens_without_associated_data_and_is_resealed_as_three() {
    // Written by the previous version: nothing bound, readable settings.
    let mut aead = Aead::new(1);
    let v2_lock = lock(&mut aead, 2);
    assert_eq!(v2_lock.check_aad(), Vec::<u8>::new());
    let a = aead.seal(&casus_plaintext(&Casus::new()), &[]);
    let v2 = serde_json::json!({
        "format": "thuiswijzer-opslag", "version": 2,
        "cases": [{"id": "a", "saved_at_ms": 1000, "expires_after_days": 30, "casus": a}],
        "settings": {"expiry_days": 30, "lock_after_minutes": 0},
        "lock": v2_lock,
    })
    .to_string();
    let l = locked(&v2);
    assert_eq!(l.version, 2);
    assert_eq!(l.lock.version, 2);
    let env = l.open_with(|s, aad| aead.open(s, aad)).unwrap();
    // Readable settings are still clamped.
    assert_eq!(env.settings.lock_after_minutes, MIN_LOCK_MINUTES);
    // Written back without the key (expiry), it stays version 2 and still opens.
    let mut file = StoreFile::Locked(l);
    assert!(file.remove_expired(0).is_empty());
    let again = locked(&file.to_json());
    assert_eq!(again.version, 2);
    assert!(again.open_with(|s, aad| aead.open(s, aad)).is_ok());
    // Sealed again it is version 3, bound.
    let v3 = StoreFile::Locked(seal(&mut aead, &env)).to_json();
    assert_eq!(locked(&v3).version, 3);
    assert_eq!(locked(&v3).open_with(|s, aad| aead.open(s, aad)), Ok(env));
}

#[test]
fn a_bound_store_relabelled_as_version_two_does_not_open() {
    let mut aead = Aead::new(1);
    let json = StoreFile::Locked(seal(&mut aead, &sample_env())).to_json();
    // Version 2 with a version-3 lock is refused outright.
    let relabelled = edited(&json, |v| v["version"] = 2.into());
    assert_eq!(
        parse_store(&relabelled),
        Err(LoadError::Malformed { what: "lock" })
    );
    // With the lock relabelled too, the check value does not open without its associated
    // data (the passphrase counts as wrong), nor do the cases.
    let both = edited(&json, |v| {
        v["version"] = 2.into();
        v["lock"].as_object_mut().unwrap().remove("version");
        v["settings"] = serde_json::json!({"expiry_days": 365, "lock_after_minutes": 240});
    });
    let l = locked(&both);
    assert_eq!(aead.open(&l.lock.check, &l.lock.check_aad()), None);
    assert!(l.open_with(|s, aad| aead.open(s, aad)).is_err());
}

#[test]
fn a_locked_store_loses_expired_cases_without_the_key() {
    let mut aead = Aead::new(1);
    let mut file = StoreFile::Locked(seal(&mut aead, &sample_env()));
    // Saved at 1_000 and 2_000 ms with the default term.
    let term = u64::from(DEFAULT_EXPIRY_DAYS) * DAY_MS;
    assert!(file.remove_expired(1_000 + term - 1).is_empty());
    assert_eq!(file.remove_expired(1_000 + term), vec!["a".to_string()]);
    let back = parse_store(&file.to_json()).unwrap();
    assert_eq!(back, file);
    // What is left still opens.
    let StoreFile::Locked(l) = back else {
        panic!("locked")
    };
    let env = l.open_with(|s, aad| aead.open(s, aad)).unwrap();
    assert_eq!(env.cases.len(), 1);
    assert_eq!(env.cases[0].id, "b");
}

#[test]
fn a_damaged_lock_or_an_open_case_in_a_locked_store_is_malformed() {
    let mut aead = Aead::new(1);
    let json = StoreFile::Locked(seal(&mut aead, &sample_env())).to_json();
    let mut v: Value = serde_json::from_str(&json).unwrap();
    type Edit = (&'static str, Box<dyn Fn(&mut Value)>);
    let edits: Vec<Edit> = vec![
        (
            "weak kdf",
            Box::new(|v| v["lock"]["kdf"]["iterations"] = 1000.into()),
        ),
        (
            "other kdf",
            Box::new(|v| v["lock"]["kdf"]["name"] = "scrypt".into()),
        ),
        (
            "other cipher",
            Box::new(|v| v["lock"]["cipher"] = "AES-CBC".into()),
        ),
        (
            "short salt",
            Box::new(|v| v["lock"]["kdf"]["salt"] = "AAAA".into()),
        ),
        (
            "bad iv",
            Box::new(|v| v["lock"]["check"]["iv"] = "AAAA".into()),
        ),
        ("no check", Box::new(|v| v["lock"]["check"] = Value::Null)),
        ("newer lock", Box::new(|v| v["lock"]["version"] = 4.into())),
        (
            "plain case",
            Box::new(|v| v["cases"][0]["casus"] = serde_json::json!({"schema": 1})),
        ),
        (
            "bad base64",
            Box::new(|v| v["cases"][1]["casus"]["data"] = "%%".into()),
        ),
        (
            "short data",
            Box::new(|v| v["cases"][1]["casus"]["data"] = "AAAA".into()),
        ),
    ];
    for (name, edit) in edits {
        let mut changed = v.clone();
        edit(&mut changed);
        let err = parse_store(&changed.to_string()).unwrap_err();
        assert!(
            matches!(err, LoadError::Malformed { .. }),
            "{name}: {err:?}"
        );
        assert!(!err.must_not_overwrite(), "{name}");
    }
    // A newer version is refused before the lock is looked at.
    v["version"] = 4.into();
    assert_eq!(
        parse_store(&v.to_string()),
        Err(LoadError::FutureVersion { found: 4 })
    );
}

#[test]
fn sealing_again_seals_only_what_changed() {
    let mut aead = Aead::new(1);
    let env = sample_env();
    let first = seal(&mut aead, &env);
    let count = |steps: &[SealStep]| {
        steps
            .iter()
            .filter(|s| matches!(s, SealStep::Seal { .. }))
            .count()
    };
    // Nothing changed: nothing is sealed again.
    assert_eq!(
        count(&LockedStore::plan_seal(&env, Some((&first, &env)))),
        0
    );
    // One case typed in: that case only.
    let mut typed = env.clone();
    let mut b = typed.get("b").unwrap().casus.clone();
    b.notes = "nieuw".into();
    typed.upsert("b", b, 3_000);
    let steps = LockedStore::plan_seal(&typed, Some((&first, &env)));
    assert_eq!(count(&steps), 1);
    assert!(matches!(steps[2], SealStep::Seal { .. }));
    let l = LockedStore::from_sealed(&typed, first.lock.clone(), run(&mut aead, steps));
    let json = StoreFile::Locked(l).to_json();
    assert_eq!(
        locked(&json).open_with(|s, aad| aead.open(s, aad)),
        Ok(typed.clone())
    );
    // Changed content under the same save time is sealed again too.
    let mut same_time = env.clone();
    std::sync::Arc::make_mut(&mut same_time.cases[0])
        .casus
        .notes = "stil gewijzigd".into();
    let steps = LockedStore::plan_seal(&same_time, Some((&first, &env)));
    assert_eq!(count(&steps), 1);
    assert!(matches!(steps[1], SealStep::Seal { .. }));
    // A new expiry term changes every case's associated data: all of them again.
    let mut shorter = typed.clone();
    shorter.set_expiry_days(7);
    assert_eq!(
        count(&LockedStore::plan_seal(&shorter, Some((&first, &typed)))),
        3
    );
    // A store from before associated data is never reused.
    let mut old = first.clone();
    old.version = 2;
    assert_eq!(count(&LockedStore::plan_seal(&env, Some((&old, &env)))), 3);
}
