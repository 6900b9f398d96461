//! The test vectors of `docs/share-link.md`, read from the page itself so that
//! the documentation and the code cannot drift apart: every `json
//! share-link-vector` block is checked.
#![cfg(not(target_arch = "wasm32"))]

mod share_link_common;

use serde_json::Value;
use share_link_common::*;
use std::collections::BTreeSet;
use std::fs;
use std::path::Path;
use tsvmtd::domain::criteria::{Registry, fingerprint, parse_set};
use tsvmtd::domain::share_link::{
    FORMAT_VERSION, LinkError, ShareOptions, canonical, decode, encode,
};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The JSON of every `json share-link-vector` block, in page order.
fn vectors() -> Vec<Value> {
    let page = fs::read_to_string(root().join("docs/share-link.md")).unwrap();
    let mut out = Vec::new();
    let mut block: Option<String> = None;
    for line in page.lines() {
        match &mut block {
            None if line.trim() == "```json share-link-vector" => block = Some(String::new()),
            None => {}
            Some(text) if line.trim() == "```" => {
                out.push(
                    serde_json::from_str(text)
                        .unwrap_or_else(|e| panic!("vector is not JSON ({e}):\n{text}")),
                );
                block = None;
            }
            Some(text) => {
                text.push_str(line);
                text.push('\n');
            }
        }
    }
    assert!(block.is_none(), "a vector block is not closed");
    out
}

/// The variant's name: `UnknownSet { tag: 0 }` → `UnknownSet`.
fn variant(e: &LinkError) -> String {
    format!("{e:?}")
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect()
}

/// The bundled sets, and the set file a vector names as added on the phone.
fn registry_for(v: &Value) -> Registry {
    let mut registry = registry();
    if let Some(file) = v["added_set"].as_str() {
        let set = parse_set(file, &fs::read_to_string(root().join(file)).unwrap()).unwrap();
        registry.add(set.clone(), fingerprint(&set)).unwrap();
    }
    registry
}

#[test]
fn every_vector_of_the_page_holds() {
    let vectors = vectors();
    let (mut good, mut written) = (0, 0);
    let mut errors = BTreeSet::new();
    for v in &vectors {
        let name = v["name"].as_str().expect("every vector has a name");
        let registry = registry_for(v);
        if let Some(expected) = v["fragment"].as_str() {
            let json = match v["result_file"].as_str() {
                Some(file) => {
                    serde_json::from_str(&fs::read_to_string(root().join(file)).unwrap()).unwrap()
                }
                None => v["result"].clone(),
            };
            let result = result_from_json(&json);
            let options = ShareOptions {
                include_notes: v["options"]["notes"].as_bool().unwrap(),
                include_item_names: v["options"]["names"].as_bool().unwrap(),
            };
            let set = registry
                .get(&result.answers.set_id, result.answers.set_version)
                .unwrap();
            let fragment = encode(&result, &registry, options).unwrap();
            if format_of(expected) == FORMAT_VERSION {
                // The format written now: exactly this fragment.
                assert_eq!(fragment, expected, "{name}: the fragment");
                written += 1;
            } else {
                // A link of an earlier release: it reads as the link written now.
                assert!(format_of(expected) < FORMAT_VERSION, "{name}");
                assert_eq!(
                    decode(&fragment, &registry),
                    decode(expected, &registry),
                    "{name}: the same as format {FORMAT_VERSION}"
                );
            }
            let decoded = decode(expected, &registry).unwrap();
            assert_eq!(decoded.options, options, "{name}");
            assert_eq!(
                decoded.result,
                canonical(&result, set, options),
                "{name}: decoded"
            );
            assert_eq!(
                Some(decoded.fingerprint),
                registry.fingerprint(&set.id, set.version),
                "{name}"
            );
            good += 1;
        } else {
            let input = match v["input"].as_str() {
                Some(s) => s.to_owned(),
                None => {
                    let r = &v["input_repeat"];
                    format!(
                        "{}{}",
                        r["prefix"].as_str().unwrap(),
                        r["text"]
                            .as_str()
                            .unwrap()
                            .repeat(r["times"].as_u64().unwrap() as usize)
                    )
                }
            };
            let expected = v["error"].as_str().expect("a bad vector names its error");
            match decode(&input, &registry) {
                Err(e) => assert_eq!(variant(&e), expected, "{name}"),
                Ok(_) => panic!("{name}: decoded"),
            }
            errors.insert(expected.to_owned());
        }
    }
    assert!(good >= 4, "good vectors: {good}");
    assert!(
        written >= 6,
        "vectors of format {FORMAT_VERSION}: {written}"
    );
    let every: BTreeSet<String> = [
        "Empty",
        "TooLong",
        "InvalidCharacters",
        "NotAResultLink",
        "Truncated",
        "Corrupted",
        "NewerFormat",
        "UnknownSet",
        "UnknownSetVersion",
        "SetChanged",
        "Malformed",
    ]
    .map(String::from)
    .into();
    assert_eq!(errors, every, "one vector at least for every error");
}

/// The worked examples of the page: the empty vectors' bytes, of format 1
/// and of format 4.
#[test]
fn the_worked_examples_are_the_empty_vectors() {
    for name in ["empty", "empty (format 4)"] {
        worked_example(name);
    }
}

fn worked_example(name: &str) {
    use base64::Engine;
    let page = fs::read_to_string(root().join("docs/share-link.md")).unwrap();
    let empty = vectors().into_iter().find(|v| v["name"] == name).unwrap();
    let payload = empty["fragment"]
        .as_str()
        .unwrap()
        .strip_prefix("#k=")
        .unwrap();
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload)
        .unwrap();
    let hex: Vec<String> = bytes.iter().map(|b| format!("{b:02x}")).collect();
    let shown = format!(
        "`{} | {} | {}`",
        hex[..2].join(" "),
        hex[2..hex.len() - 4].join(" "),
        hex[hex.len() - 4..].join(" ")
    );
    assert!(page.contains(&shown), "the page shows {shown} for {name}");
}
