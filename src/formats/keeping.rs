//! Keeping cases on the device: a kept case is never written unencrypted.
//!
//! Keeping a case needs the lock (the passphrase is asked when the user keeps a case), so the
//! saved cases are sealed from their first write. Saved cases that an earlier version wrote
//! open stay readable until the user sets a passphrase: they are never dropped, but no write
//! may add or change open case text. Removing an open case or changing a setting beside them is
//! allowed (it writes no case text).

use crate::formats::store::StoreEnvelope;

/// Whether `after` may be written as an open (unsealed) store over `before_open`, the cases
/// the store holds open now (`None` when it holds nothing open: empty, or sealed). Only when
/// every case in `after` is already there, unchanged, in the open store.
pub fn may_write_open(before_open: Option<&StoreEnvelope>, after: &StoreEnvelope) -> bool {
    after.cases.iter().all(|c| {
        before_open
            .and_then(|b| b.shared(&c.id))
            .is_some_and(|b| b == c)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Casus;

    fn case(label: &str) -> Casus {
        let mut c = Casus::new();
        c.label = label.into();
        c
    }

    fn env(cases: &[(&str, &str, u64)]) -> StoreEnvelope {
        let mut e = StoreEnvelope::new();
        for (id, label, at) in cases {
            e.upsert(id, case(label), *at);
        }
        e
    }

    #[test]
    fn a_new_case_is_never_written_open() {
        assert!(!may_write_open(None, &env(&[("a", "Groep 7", 1)])));
        let before = env(&[("a", "Groep 7", 1)]);
        assert!(!may_write_open(
            Some(&before),
            &env(&[("a", "Groep 7", 1), ("b", "Groep 8", 2)])
        ));
    }

    #[test]
    fn a_changed_open_case_is_not_written_open() {
        let before = env(&[("a", "Groep 7", 1)]);
        assert!(!may_write_open(
            Some(&before),
            &env(&[("a", "Groep 7, moe", 2)])
        ));
        // The same text saved again (a new save time) is a new write of case text too.
        assert!(!may_write_open(Some(&before), &env(&[("a", "Groep 7", 2)])));
    }

    #[test]
    fn removing_open_cases_or_changing_a_setting_is_allowed() {
        let before = env(&[("a", "Groep 7", 1), ("b", "Groep 8", 2)]);
        assert!(may_write_open(Some(&before), &env(&[("b", "Groep 8", 2)])));
        assert!(may_write_open(Some(&before), &StoreEnvelope::new()));
        let mut settings = before.clone();
        settings.settings.expiry_days = 14;
        assert!(may_write_open(Some(&before), &settings));
        assert!(may_write_open(None, &StoreEnvelope::new()));
    }

    #[test]
    fn turning_the_lock_off_over_sealed_cases_would_write_them_open() {
        // Sealed cases count as nothing open: writing them open is refused.
        let sealed_then_opened = env(&[("a", "Groep 7", 1)]);
        assert!(!may_write_open(None, &sealed_then_opened));
    }
}
