use super::*;
use crate::formats::crypto::IV_LEN;
use crate::formats::lock::SEAL_VERSION;
use crate::formats::store::{parse_store, LockedSettings, LockedStore, StoreEnvelope};

fn sealed(n: u8) -> Sealed {
    Sealed {
        iv: [n; IV_LEN],
        data: vec![n; 40].into(),
    }
}

fn params() -> LockParams {
    LockParams {
        iterations: 600_000,
        salt: vec![7; 16],
        check: sealed(1),
        version: SEAL_VERSION,
    }
}

fn locked_store() -> StoreFile {
    let mut env: StoreEnvelope<Sealed> = StoreEnvelope::default();
    env.upsert("a", sealed(2), 1_000);
    StoreFile::Locked(LockedStore {
        version: SEAL_VERSION,
        lock: params(),
        cases: env
            .cases
            .into_iter()
            .map(std::sync::Arc::unwrap_or_clone)
            .collect(),
        settings: LockedSettings::Sealed(sealed(3)),
    })
}

#[test]
fn a_newer_save_in_another_tab_is_a_conflict() {
    let mut env = StoreEnvelope::new();
    env.upsert("a", Casus::new(), 1_000);
    assert!(!changed_elsewhere(Some(1_000), env.get("a")));
    assert!(!changed_elsewhere(Some(2_000), env.get("a")));
    env.upsert("a", Casus::new(), 3_000);
    assert!(changed_elsewhere(Some(2_000), env.get("a")));
    assert!(changed_elsewhere(None, env.get("a")));
    assert!(!changed_elsewhere(Some(2_000), env.get("b")));
}

#[test]
fn the_working_copy_round_trips() {
    let w = WorkingCopy {
        case_id: Some("x1".into()),
        base_saved_at_ms: Some(5),
        casus: Casus::new(),
    };
    let back: WorkingCopy = serde_json::from_str(&serde_json::to_string(&w).unwrap()).unwrap();
    assert_eq!(back, w);
    let partial: WorkingCopy = serde_json::from_str("{}").unwrap();
    assert_eq!(partial, WorkingCopy::default());
}
#[test]
fn the_working_copy_is_read_open_or_sealed() {
    let mut w = WorkingCopy::default();
    w.casus.label = "Groep 7".into();
    w.case_id = Some("x".into());
    let open = serde_json::to_string(&w).unwrap();
    assert_eq!(parse_session(&open), Some(SessionCopy::Open(w.clone())));
    let s = SealedSession {
        lock: params(),
        sealed: sealed(9),
    };
    let json = s.to_json();
    assert!(json.starts_with(r#"{"format":"thuiswijzer-sessie","lock":"#));
    assert!(!json.contains("Groep 7"));
    assert_eq!(parse_session(&json), Some(SessionCopy::Sealed(s)));
    assert_eq!(
        parse_working_plaintext(&working_plaintext(&w)),
        Some(w.clone())
    );
    // A damaged sealed copy is not mistaken for an (empty) open one.
    assert_eq!(
        parse_session(r#"{"format":"thuiswijzer-sessie","sealed":{}}"#),
        None
    );
    assert_eq!(parse_session("{"), None);
    assert_eq!(parse_session("[]"), None);
}

#[test]
fn the_lock_to_open_is_the_stores_else_the_working_copys() {
    let store = locked_store();
    let mut other = params();
    other.salt = vec![8; 16];
    let session = SessionCopy::Sealed(SealedSession {
        lock: other.clone(),
        sealed: sealed(4),
    });
    assert_eq!(lock_to_open(Some(&store), Some(&session)), Some(&params()));
    let open = StoreFile::Open(StoreEnvelope::new());
    assert_eq!(lock_to_open(Some(&open), Some(&session)), Some(&other));
    assert_eq!(lock_to_open(None, Some(&session)), Some(&other));
    let plain = SessionCopy::Open(WorkingCopy::default());
    assert_eq!(lock_to_open(Some(&open), Some(&plain)), None);
    assert_eq!(lock_to_open(None, None), None);
    assert!(params().same_key_as(&params()));
    assert!(!params().same_key_as(&other));
}

#[test]
fn an_unreadable_or_newer_store_never_lowers_protection() {
    let open = StoreFile::Open(StoreEnvelope::new());
    let locked = locked_store();
    assert_eq!(Protection::of(Ok(None)), Protection::Off);
    assert_eq!(Protection::of(Ok(Some(&open))), Protection::Off);
    assert_eq!(Protection::of(Ok(Some(&locked))), Protection::On);
    assert!(Protection::Off.allows_plain_text());
    assert!(!Protection::On.allows_plain_text());
    // Whatever cannot be read counts as locked: damaged, another app's, newer, or a lock
    // whose parameters were edited.
    let mut edited: Value = serde_json::from_str(&locked.to_json()).unwrap();
    edited["lock"]["kdf"]["iterations"] = 1.into();
    for raw in [
        "{".to_string(),
        r#"{"format":"iets-anders"}"#.to_string(),
        r#"{"format":"thuiswijzer-opslag","version":4,"cases":[]}"#.to_string(),
        edited.to_string(),
    ] {
        let read = parse_store(&raw);
        let p = Protection::of(read.as_ref().map(Some));
        assert_eq!(p, Protection::Unknown, "{raw}");
        assert!(!p.allows_plain_text(), "{raw}");
    }
}

#[test]
fn a_sealed_working_copy_is_bound_to_its_purpose() {
    let s = SealedSession {
        lock: params(),
        sealed: sealed(9),
    };
    assert!(!s.aad().is_empty());
    assert_ne!(s.aad(), crate::formats::lock::check_aad(SEAL_VERSION));
    assert_ne!(s.aad(), crate::formats::store::settings_aad(SEAL_VERSION));
    // A copy sealed under an old lock was sealed without associated data.
    let mut old = s.clone();
    old.lock.version = 2;
    assert!(old.aad().is_empty());
    assert_eq!(
        parse_session(&old.to_json()),
        Some(SessionCopy::Sealed(old))
    );
}

fn saved(label: &str, at: u64) -> StoredCase {
    let mut env = StoreEnvelope::new();
    let mut c = Casus::new();
    c.label = label.into();
    env.upsert("a", c, at);
    std::sync::Arc::unwrap_or_clone(env.cases.remove(0))
}

#[test]
fn another_tab_saving_when_this_tab_changed_nothing_is_no_conflict() {
    let base = saved("Groep 7", 1_000);
    let theirs = saved("Groep 7, gewijzigd in tab A", 2_000);
    // This tab shows the base version unchanged: it takes theirs, no question.
    assert_eq!(
        after_other_save(&base.casus, Some(1_000), Some(&base), Some(&theirs)),
        OtherSave::TakeTheirs
    );
    // Again after taking it: the next save elsewhere is taken too, never a banner.
    let again = saved("Groep 7, nog eens gewijzigd", 3_000);
    assert_eq!(
        after_other_save(&theirs.casus, Some(2_000), Some(&theirs), Some(&again)),
        OtherSave::TakeTheirs
    );
}

#[test]
fn another_tab_saving_while_this_tab_has_changes_is_a_conflict() {
    let base = saved("Groep 7", 1_000);
    let theirs = saved("Groep 7, tab A", 2_000);
    let mut mine = base.casus.clone();
    mine.notes = "Tab B typte dit.".into();
    assert_eq!(
        after_other_save(&mine, Some(1_000), Some(&base), Some(&theirs)),
        OtherSave::Conflict
    );
    // Not knowing the base version (just reloaded): a conflict, to be safe.
    assert_eq!(
        after_other_save(&base.casus, Some(1_000), None, Some(&theirs)),
        OtherSave::Conflict
    );
}

#[test]
fn same_unchanged_and_removed_saves() {
    let base = saved("Groep 7", 1_000);
    let same_text_later = saved("Groep 7", 2_000);
    assert_eq!(
        after_other_save(
            &base.casus,
            Some(1_000),
            Some(&base),
            Some(&same_text_later)
        ),
        OtherSave::Same
    );
    let mut mine = base.casus.clone();
    mine.notes = "eigen tekst".into();
    assert_eq!(
        after_other_save(&mine, Some(1_000), Some(&base), Some(&base)),
        OtherSave::Unchanged
    );
    assert_eq!(
        after_other_save(&mine, Some(1_000), Some(&base), None),
        OtherSave::Removed
    );
}
