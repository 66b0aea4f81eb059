//! What Thuiswijzer writes in the browser, by name, so that "Alles wissen" removes exactly that
//! and nothing of other apps on the same origin (Thuiswijzer can be hosted under a sub-path
//! of a site that has its own storage and caches).

use crate::formats::contacts::CONTACTS_KEY;
use crate::formats::split::CASE_KEY_PREFIX;
use crate::formats::store::STORE_KEY;

/// The sessionStorage key of this tab's working copy.
pub const SESSION_KEY: &str = "thuiswijzer.sessie";

/// The sessionStorage key of a notice that must survive the fresh page load after wiping or
/// locking (never any case content).
pub const NOTICE_KEY: &str = "thuiswijzer.melding";

/// The localStorage key under which unreadable saved data is set aside at `now_ms`.
pub fn set_aside_key(now_ms: u64) -> String {
    format!("{STORE_KEY}.onleesbaar.{now_ms}")
}

/// `true` for a localStorage or sessionStorage key that Thuiswijzer writes: the saved cases,
/// data set aside by [`set_aside_key`], the sociale kaart, and the working copy. The saved
/// cases are the index and every case key (format 4), also one the index no longer names.
pub fn is_own_storage_key(key: &str) -> bool {
    key == STORE_KEY
        || key
            .strip_prefix(CASE_KEY_PREFIX)
            .is_some_and(|rest| !rest.is_empty())
        || key == CONTACTS_KEY
        || key == SESSION_KEY
        || key == NOTICE_KEY
        || key
            .strip_prefix(STORE_KEY)
            .and_then(|rest| rest.strip_prefix(".onleesbaar."))
            .is_some_and(|ms| !ms.is_empty() && ms.bytes().all(|b| b.is_ascii_digit()))
}

/// The name prefix of the caches of the service worker registered with `scope` (the URL of
/// the folder the app is served from); public/sw.js uses the same rule.
pub fn cache_prefix(scope: &str) -> String {
    format!("thuiswijzer:{scope}:")
}

/// `true` for a cache that the service worker of `scope` made.
pub fn is_own_cache(name: &str, scope: &str) -> bool {
    name.strip_prefix(&cache_prefix(scope))
        .is_some_and(|version| !version.is_empty() && !version.contains(':'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_thuiswijzers_own_keys_count() {
        assert!(is_own_storage_key(STORE_KEY));
        assert!(is_own_storage_key(SESSION_KEY));
        assert!(is_own_storage_key(NOTICE_KEY));
        assert!(is_own_storage_key(&set_aside_key(1_767_225_600_000)));
        assert!(is_own_storage_key(&crate::formats::split::case_key(
            "a1b2", 7
        )));
        for other in [
            "",
            "thuiswijzer",
            "thuiswijzer.v1.onleesbaar.",
            "thuiswijzer.v1.onleesbaar.12x",
            "thuiswijzer.v2",
            "andere-app.v1",
            "thuiswijzer.v1x",
            "thuiswijzer.v1.casus.",
            "thuiswijzer.v1.casussen",
        ] {
            assert!(!is_own_storage_key(other), "{other}");
        }
    }

    #[test]
    fn only_the_caches_of_this_scope_count() {
        let here = "https://school.example/thuiswijzer/";
        let name = format!("{}0123456789abcdef", cache_prefix(here));
        assert!(is_own_cache(&name, here));
        // The site root does not own the caches of a sub-path, nor the reverse.
        assert!(!is_own_cache(&name, "https://school.example/"));
        // Another app, another Thuiswijzer under another path, the site root, and caches of
        // builds before the scoped names (the service worker clears those itself).
        for other in [
            "workbox-precache-v2-https://school.example/".to_string(),
            format!("{}0123", cache_prefix("https://school.example/andere/")),
            format!("{}0123", cache_prefix("https://school.example/")),
            "thuiswijzer-0123456789abcdef".to_string(),
            cache_prefix(here),
        ] {
            assert!(!is_own_cache(&other, here), "{other}");
        }
    }
}
