//! Properties of the storage and export envelopes: parsing never panics on any input, and
//! what the app writes it reads back unchanged.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use thuiswijzer::formats::crypto::{b64_decode, b64_encode};
use thuiswijzer::formats::export::{
    export_encrypted, export_plain, parse_decrypted_casus, parse_export, ExportFile,
    DEFAULT_MAX_IMPORT_BYTES,
};
use thuiswijzer::formats::import_error::ImportError;
use thuiswijzer::formats::store::{parse_store, StoreEnvelope, StoreFile};
use thuiswijzer::formats::working::{parse_session, parse_working_plaintext};
use thuiswijzer::model::Casus;

/// Strings that look like JSON, so that the parsers get past the first checks.
fn jsonish() -> impl Strategy<Value = String> {
    let atoms = proptest::sample::select(vec![
        "{",
        "}",
        "[",
        "]",
        ":",
        ",",
        "\"",
        "null",
        "true",
        "false",
        "0",
        "1",
        "-1",
        "1e400",
        "600000",
        "18446744073709551616",
        "\"format\"",
        "\"thuiswijzer-export\"",
        "\"thuiswijzer-opslag\"",
        "\"version\"",
        "\"encrypted\"",
        "\"casus\"",
        "\"cases\"",
        "\"kdf\"",
        "\"cipher\"",
        "\"data\"",
        "\"salt\"",
        "\"iv\"",
        "\"name\"",
        "\"iterations\"",
        "\"AES-GCM\"",
        "\"PBKDF2-SHA256\"",
        "\"AAAAAAAAAAAAAAAAAAAAAA==\"",
        "\"schema\"",
        "\"casussen\"",
        "\"opgeslagen\"",
        "\"id\"",
        "\"saved_at_ms\"",
        "\"settings\"",
        "\"lock\"",
        "\"check\"",
        "\"sealed\"",
        "\"thuiswijzer-sessie\"",
        "\"AAAAAAAAAAAAAAAA\"",
        " ",
        "\\u0000",
        "é",
    ]);
    proptest::collection::vec(atoms, 0..80).prop_map(|v| v.concat())
}

fn sample_files() -> Vec<String> {
    let mut c = Casus::new();
    c.label = "Casus".into();
    c.notes = "Notitie met é en \"quotes\"".into();
    let mut store = StoreEnvelope::new();
    store.upsert("c-1", c.clone(), 1_000);
    vec![
        export_plain(&c, 1),
        export_encrypted(&[1; 16], &[2; 12], &[3; 32], 600_000, 1).unwrap(),
        StoreFile::Open(store).to_json(),
        r#"{"format":"thuiswijzer-opslag","version":0,"bewaartermijn_dagen":3,
            "casussen":{"a":{"opgeslagen":1,"casus":{"titel":"t"}}}}"#
            .to_string(),
    ]
}

/// A valid file with a random slice replaced: damaged files of every kind.
fn damaged() -> impl Strategy<Value = String> {
    (
        0usize..4,
        any::<prop::sample::Index>(),
        0usize..20,
        "[ -~é]{0,8}",
    )
        .prop_map(|(which, at, len, insert)| {
            let file = &sample_files()[which];
            let mut start = at.index(file.len() + 1);
            while !file.is_char_boundary(start) {
                start -= 1;
            }
            let mut end = (start + len).min(file.len());
            while !file.is_char_boundary(end) {
                end += 1;
            }
            format!("{}{insert}{}", &file[..start], &file[end..])
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn parsers_never_panic_on_arbitrary_strings(s in any::<String>()) {
        let _ = parse_store(&s);
        let _ = parse_session(&s);
        let _ = parse_export(&s, DEFAULT_MAX_IMPORT_BYTES);
        let _ = parse_decrypted_casus(s.as_bytes());
        let _ = parse_working_plaintext(s.as_bytes());
        let _ = b64_decode(&s);
    }

    #[test]
    fn parsers_never_panic_on_arbitrary_bytes(b in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = parse_export(&b, DEFAULT_MAX_IMPORT_BYTES);
        let _ = parse_decrypted_casus(&b);
    }

    #[test]
    fn parsers_never_panic_on_jsonish_strings(s in jsonish()) {
        let _ = parse_store(&s);
        let _ = parse_export(&s, DEFAULT_MAX_IMPORT_BYTES);
        let _ = parse_export(format!("{{\"format\":\"thuiswijzer-export\",\"version\":1,{s}"), 1 << 20);
        let _ = parse_store(&format!("{{\"format\":\"thuiswijzer-opslag\",\"version\":1,{s}"));
        let _ = parse_store(&format!("{{\"format\":\"thuiswijzer-opslag\",\"version\":0,{s}"));
        let _ = parse_store(&format!("{{\"format\":\"thuiswijzer-opslag\",\"version\":2,\"lock\":{s}"));
        let _ = parse_session(&s);
        let _ = parse_session(&format!("{{\"format\":\"thuiswijzer-sessie\",{s}"));
    }

    #[test]
    fn parsers_never_panic_on_damaged_files(s in damaged()) {
        let _ = parse_store(&s);
        let _ = parse_export(&s, DEFAULT_MAX_IMPORT_BYTES);
    }

    #[test]
    fn too_large_is_reported_before_parsing(s in any::<String>(), max in 0usize..64) {
        let r = parse_export(&s, max);
        if s.len() > max {
            prop_assert_eq!(r, Err(ImportError::TooLarge { len: s.len(), max }));
        } else {
            let too_large = matches!(r, Err(ImportError::TooLarge { .. }));
            prop_assert!(!too_large);
        }
    }

    #[test]
    fn base64_round_trips_and_is_canonical(b in proptest::collection::vec(any::<u8>(), 0..200)) {
        let enc = b64_encode(&b);
        prop_assert_eq!(enc.len() % 4, 0);
        prop_assert_eq!(b64_decode(&enc).unwrap(), b.clone());
        prop_assert_eq!(b64_decode(enc.trim_end_matches('=')).unwrap(), b);
    }

    #[test]
    fn b64_decodes_only_canonical_text(s in "[A-Za-z0-9+/=]{0,24}") {
        if let Ok(bytes) = b64_decode(&s) {
            let again = b64_encode(&bytes);
            prop_assert_eq!(again.trim_end_matches('='), s.trim_end_matches('='));
        }
    }

    #[test]
    fn the_store_reads_back_what_it_writes(
        cases in proptest::collection::vec((any::<String>(), any::<u64>(), 1u32..=365), 0..6),
        days in 1u32..=365,
    ) {
        let mut store = StoreEnvelope::new();
        store.set_expiry_days(days);
        for (i, (note, saved, d)) in cases.into_iter().enumerate() {
            let mut c = Casus::new();
            c.notes = note;
            store.upsert(&format!("c-{i}"), c, saved);
            std::sync::Arc::make_mut(&mut store.cases[i]).expires_after_days = d;
        }
        let json = StoreFile::Open(store.clone()).to_json();
        prop_assert_eq!(parse_store(&json).unwrap(), StoreFile::Open(store));
    }

    #[test]
    fn exports_read_back_what_they_write(label in any::<String>(), now in any::<u64>(),
                                         salt in proptest::collection::vec(any::<u8>(), 16..=64),
                                         iv in proptest::collection::vec(any::<u8>(), 12),
                                         data in proptest::collection::vec(any::<u8>(), 16..100)) {
        let mut c = Casus::new();
        c.label = label;
        prop_assert_eq!(
            parse_export(export_plain(&c, now), usize::MAX).unwrap(),
            ExportFile::Plain { exported_at_ms: Some(now), casus: c, contacts: Vec::new() }
        );
        let file = export_encrypted(&salt, &iv, &data, 600_000, now).unwrap();
        let ExportFile::Encrypted(e) = parse_export(&file, usize::MAX).unwrap() else {
            panic!("not encrypted");
        };
        prop_assert_eq!(e.salt, salt);
        prop_assert_eq!(e.iv.to_vec(), iv);
        prop_assert_eq!(e.ciphertext, data);
        prop_assert_eq!(e.exported_at_ms, Some(now));
    }
}
