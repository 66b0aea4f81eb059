//! Format 4 against a map that stands in for localStorage.

use super::*;
use crate::formats::settings::Settings;
use std::cell::Cell;
use std::collections::BTreeMap;

type Storage = BTreeMap<String, String>;

fn case(label: &str, notes: &str) -> Casus {
    let mut c = Casus::new();
    c.label = label.into();
    c.notes = notes.into();
    c
}

fn env3() -> StoreEnvelope {
    let mut e = StoreEnvelope::new();
    e.upsert("a", case("Casus A", "eerste"), 1_000);
    e.upsert("b", case("Casus B", "tweede"), 2_000);
    e.upsert("c", case("Casus C", "derde"), 3_000);
    e.settings.expiry_days = 20;
    e
}

/// Writes `plan` in its order, as the browser layer does.
fn apply(s: &mut Storage, plan: &WritePlan) {
    for (k, v) in &plan.cases {
        s.insert(k.clone(), v.clone());
    }
    s.insert(STORE_KEY.into(), plan.index.clone());
    for k in &plan.remove {
        s.remove(k);
    }
}

fn read(
    s: &Storage,
    known: Option<(&StoreFile, &Layout)>,
) -> Result<(StoreFile, Layout), LoadError> {
    read_store(&s[STORE_KEY], |k| s.get(k).cloned(), known)
}

fn case_keys(s: &Storage) -> Vec<&String> {
    s.keys()
        .filter(|k| k.starts_with(CASE_KEY_PREFIX))
        .collect()
}

#[test]
fn an_open_store_round_trips_with_a_key_per_case() {
    let file = StoreFile::Open(env3());
    let plan = plan_write(None, &file);
    assert_eq!(plan.cases.len(), 3);
    assert!(plan.remove.is_empty());
    let mut s = Storage::new();
    apply(&mut s, &plan);
    assert_eq!(case_keys(&s).len(), 3);
    // The index holds no case content.
    assert!(!s[STORE_KEY].contains("Casus A"), "{}", s[STORE_KEY]);
    assert!(s[STORE_KEY]
        .starts_with(r#"{"format":"thuiswijzer-opslag","version":4,"rev":1,"cases":[{"#));
    assert!(s[&case_key("a", 1)].contains("Casus A"));
    let (back, layout) = read(&s, None).unwrap();
    assert_eq!(back, file);
    assert_eq!(layout, plan.layout);
    // A copy of the cases (every save makes one to change a case) copies no case.
    let StoreFile::Open(env) = &file else {
        unreachable!()
    };
    let copy = env.clone();
    assert!(env
        .cases
        .iter()
        .zip(&copy.cases)
        .all(|(a, b)| Arc::ptr_eq(a, b)));
}

#[test]
fn saving_one_case_writes_that_case_and_the_index_only() {
    let mut env = env3();
    let mut s = Storage::new();
    let first = StoreFile::Open(env.clone());
    let plan = plan_write(None, &first);
    apply(&mut s, &plan);
    let layout = plan.layout;
    env.upsert("b", case("Casus B", "tweede, langer"), 5_000);
    let second = StoreFile::Open(env.clone());
    let plan = plan_write(Some((&first, &layout)), &second);
    assert_eq!(plan.cases.len(), 1, "only the changed case");
    assert_eq!(plan.cases[0].0, case_key("b", 2));
    assert_eq!(plan.remove, [case_key("b", 1)]);
    // A key is never written twice: the new keys are not among the keys read before.
    assert!(plan.cases.iter().all(|(k, _)| !layout.keys().contains(k)));
    apply(&mut s, &plan);
    assert_eq!(case_keys(&s).len(), 3, "the old key of b is gone");
    assert_eq!(read(&s, None).unwrap().0, second);
    // Removing a case writes no case and removes its key.
    let layout = plan.layout;
    env.remove("a");
    let third = StoreFile::Open(env.clone());
    let plan = plan_write(Some((&second, &layout)), &third);
    assert!(plan.cases.is_empty());
    assert_eq!(plan.remove, [case_key("a", 1)]);
    apply(&mut s, &plan);
    assert_eq!(read(&s, None).unwrap().0, third);
}

#[test]
fn a_write_cut_off_before_the_index_leaves_the_store_as_before() {
    let mut env = env3();
    let first = StoreFile::Open(env.clone());
    let plan = plan_write(None, &first);
    let mut s = Storage::new();
    apply(&mut s, &plan);
    env.upsert("a", case("Casus A", "gewijzigd"), 9_000);
    let plan = plan_write(Some((&first, &plan.layout)), &StoreFile::Open(env));
    // Only the new case keys were written when the browser refused the index.
    for (k, v) in &plan.cases {
        s.insert(k.clone(), v.clone());
    }
    assert_eq!(read(&s, None).unwrap().0, first);
}

#[test]
fn format_3_is_read_and_written_anew_as_format_4() {
    let v3 = StoreFile::Open(env3()).to_json();
    assert!(v3.contains(r#""version":3"#));
    let mut s = Storage::from([(STORE_KEY.to_string(), v3)]);
    let (file, layout) = read(&s, None).unwrap();
    assert_eq!(file, StoreFile::Open(env3()));
    assert_eq!(layout, Layout::default());
    // The next write (here: a setting) puts every case under its own key.
    let StoreFile::Open(mut env) = file.clone() else {
        unreachable!()
    };
    env.settings.lock_after_minutes = 5;
    let after = StoreFile::Open(env);
    let plan = plan_write(Some((&file, &layout)), &after);
    assert_eq!(plan.cases.len(), 3);
    assert!(plan.remove.is_empty());
    apply(&mut s, &plan);
    assert_eq!(read(&s, None).unwrap().0, after);
    assert!(!s[STORE_KEY].contains("Casus"), "the cases left the index");
}

fn sealed(n: u8) -> Sealed {
    Sealed {
        iv: [n; crate::formats::crypto::IV_LEN],
        data: vec![n; 24].into(),
    }
}

fn locked(version: u32, cases: &[(&str, u64, u8)]) -> StoreFile {
    StoreFile::Locked(LockedStore {
        version,
        lock: LockParams {
            iterations: 600_000,
            salt: vec![7; 16],
            check: sealed(99),
            version,
        },
        cases: cases
            .iter()
            .map(|(id, at, n)| StoredCase {
                id: id.to_string(),
                saved_at_ms: *at,
                expires_after_days: 30,
                casus: sealed(*n),
            })
            .collect(),
        settings: if version >= SEAL_VERSION {
            LockedSettings::Sealed(sealed(50))
        } else {
            LockedSettings::Unprotected(Settings::default())
        },
    })
}

#[test]
fn a_locked_store_keeps_the_sealed_cases_that_did_not_change() {
    let first = locked(SEAL_VERSION, &[("a", 1, 1), ("b", 2, 2)]);
    let plan = plan_write(None, &first);
    let mut s = Storage::new();
    apply(&mut s, &plan);
    assert!(s[STORE_KEY].contains(r#""lock":{"kdf""#));
    let (back, layout) = read(&s, None).unwrap();
    assert_eq!(back, first);
    let second = locked(SEAL_VERSION, &[("a", 1, 1), ("b", 5, 3)]);
    let plan = plan_write(Some((&first, &layout)), &second);
    assert_eq!(plan.cases.len(), 1);
    assert_eq!(plan.remove, [case_key("b", 1)]);
    apply(&mut s, &plan);
    let (again, _) = read(&s, Some((&first, &layout))).unwrap();
    assert_eq!(again, second);
    // The sealed case read before is shared, not copied; the one written since is read.
    let (StoreFile::Locked(again), StoreFile::Locked(first)) = (&again, &first) else {
        panic!("locked stores");
    };
    assert!(Arc::ptr_eq(
        &again.cases[0].casus.data,
        &first.cases[0].casus.data
    ));
    assert!(!Arc::ptr_eq(
        &again.cases[1].casus.data,
        &first.cases[1].casus.data
    ));
    // Sealing open cases (the lock goes on) writes every case anew and removes the open ones.
    let open = StoreFile::Open(env3());
    let open_plan = plan_write(None, &open);
    let mut s = Storage::new();
    apply(&mut s, &open_plan);
    let sealed_now = locked(
        SEAL_VERSION,
        &[("a", 1_000, 1), ("b", 2_000, 2), ("c", 3_000, 3)],
    );
    let plan = plan_write(Some((&open, &open_plan.layout)), &sealed_now);
    assert_eq!(plan.cases.len(), 3);
    assert_eq!(plan.remove.len(), 3);
    apply(&mut s, &plan);
    assert!(
        s.values().all(|v| !v.contains("Casus")),
        "no open case text is left"
    );
}

#[test]
fn a_store_sealed_without_associated_data_stays_in_one_key() {
    let v2 = locked(2, &[("a", 1, 1)]);
    let open = StoreFile::Open(env3());
    let open_plan = plan_write(None, &open);
    let plan = plan_write(Some((&open, &open_plan.layout)), &v2);
    assert!(plan.cases.is_empty());
    assert_eq!(plan.remove.len(), 3);
    assert_eq!(plan.layout, Layout::default());
    let mut s = Storage::new();
    apply(&mut s, &open_plan);
    apply(&mut s, &plan);
    assert!(case_keys(&s).is_empty());
    assert_eq!(read(&s, None).unwrap().0, v2);
    // A format-4 index with a lock of version 2 is not ours to trust.
    let v4 = plan_write(None, &locked(SEAL_VERSION, &[])).index;
    let relabelled = v4.replace(r#","version":3}"#, "}");
    assert_ne!(relabelled, v4);
    assert_eq!(
        read_store(&relabelled, |_| None, None).unwrap_err(),
        LoadError::Malformed { what: "lock" }
    );
}

#[test]
fn damaged_or_missing_case_keys_make_the_store_unreadable() {
    let file = StoreFile::Open(env3());
    let plan = plan_write(None, &file);
    let mut s = Storage::new();
    apply(&mut s, &plan);
    let mut missing = s.clone();
    missing.remove(&case_key("b", 1));
    let err = read(&missing, None).unwrap_err();
    assert_eq!(err, LoadError::CaseMissing);
    assert!(err.message().contains("ontbreekt"));
    assert!(!err.must_not_overwrite());
    let mut broken = s.clone();
    broken.insert(case_key("b", 1), "{\"label\":".into());
    assert_eq!(
        read(&broken, None).unwrap_err(),
        LoadError::Malformed { what: "casus" }
    );
    let mut newer = s.clone();
    newer.insert(case_key("b", 1), r#"{"schema":99}"#.into());
    assert_eq!(
        read(&newer, None).unwrap_err(),
        LoadError::FutureVersion { found: 99 }
    );
    let future = s[STORE_KEY].replace(r#""version":4"#, r#""version":5"#);
    let err = read_store(&future, |_| None, None).unwrap_err();
    assert_eq!(err, LoadError::FutureVersion { found: 5 });
    assert!(err.must_not_overwrite());
    let mut sealed_broken = Storage::new();
    apply(
        &mut sealed_broken,
        &plan_write(None, &locked(SEAL_VERSION, &[("a", 1, 1)])),
    );
    sealed_broken.insert(case_key("a", 1), r#"{"iv":"AAAA","data":"AAAA"}"#.into());
    assert_eq!(
        read(&sealed_broken, None).unwrap_err(),
        LoadError::Malformed { what: "casus" }
    );
    // What is offered for download holds the index and every case key found.
    let keys: Vec<(String, String)> = case_keys(&missing)
        .into_iter()
        .map(|k| (k.clone(), missing[k].clone()))
        .collect();
    let text = recovery_text(&missing[STORE_KEY], &keys);
    let back: BTreeMap<String, String> = serde_json::from_str(&text).unwrap();
    assert_eq!(back, missing);
    assert_eq!(recovery_text("{kapot", &[]), "{kapot");
}

#[test]
fn reading_again_reads_only_the_cases_that_changed() {
    let mut env = env3();
    let first = StoreFile::Open(env.clone());
    let plan = plan_write(None, &first);
    let mut s = Storage::new();
    apply(&mut s, &plan);
    let layout = plan.layout;
    env.upsert("c", case("Casus C", "derde, elders gewijzigd"), 7_000);
    let second = StoreFile::Open(env);
    apply(&mut s, &plan_write(Some((&first, &layout)), &second));
    let reads = Cell::new(0);
    let (back, _) = read_store(
        &s[STORE_KEY],
        |k| {
            reads.set(reads.get() + 1);
            s.get(k).cloned()
        },
        Some((&first, &layout)),
    )
    .unwrap();
    assert_eq!(back, second);
    assert_eq!(reads.get(), 1, "only the case written since");
    // The cases read before are shared, not copied (50 cases of 200 signals each were copied
    // whenever another tab saved one).
    let (StoreFile::Open(back), StoreFile::Open(before)) = (&back, &first) else {
        panic!("open stores");
    };
    for (id, shared) in [("a", true), ("b", true), ("c", false)] {
        let same = Arc::ptr_eq(back.shared(id).unwrap(), before.shared(id).unwrap());
        assert_eq!(same, shared, "case {id}");
    }
    // Without what was read before, every case is read.
    reads.set(0);
    read_store(
        &s[STORE_KEY],
        |k| {
            reads.set(reads.get() + 1);
            s.get(k).cloned()
        },
        None,
    )
    .unwrap();
    assert_eq!(reads.get(), 3);
}

#[test]
fn the_index_keeps_the_latest_entry_per_id_with_a_clamped_expiry() {
    let mut s = Storage::new();
    apply(&mut s, &plan_write(None, &StoreFile::Open(env3())));
    let mut index: Value = serde_json::from_str(&s[STORE_KEY]).unwrap();
    let entries = index["cases"].as_array_mut().unwrap();
    // An older second entry for "b" (as a damaged or hand-edited index could have), and an
    // expiry far above the maximum for "c".
    let mut older = entries[1].clone();
    assert_eq!(older["id"], "b");
    older["saved_at_ms"] = 1.into();
    entries.push(older);
    entries[2]["expires_after_days"] = 100_000.into();
    s.insert(STORE_KEY.into(), index.to_string());
    let (StoreFile::Open(env), layout) = read(&s, None).unwrap() else {
        panic!("an open store")
    };
    let ids: Vec<&str> = env.cases.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["a", "b", "c"]);
    assert_eq!(env.cases[1].saved_at_ms, 2_000);
    assert_eq!(layout.parts.len(), 3);
    assert_eq!(
        env.cases[2].expires_after_days,
        crate::formats::settings::MAX_EXPIRY_DAYS
    );
}
