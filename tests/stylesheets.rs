//! The app's page links `styles/app.css` alone; the other pages link it, then
//! `styles/pages.css`, the rules only they need, so that the app's first load
//! does not carry them. A rule moved to the wrong file would leave a screen of
//! the app unstyled: each selector of `pages.css` names a class that nothing of
//! the app names, and each selector of `app.css` only classes the app names.
//! A class is named where a Rust string literal or an HTML `class` attribute
//! holds it.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
mod source_tree;

use source_tree::rust_files;
use std::fs;
use std::path::Path;

const APP_CSS: &str = include_str!("../styles/app.css");
const PAGES_CSS: &str = include_str!("../styles/pages.css");

/// The components only the other pages carry (each page's entry names them).
const OTHER_PAGES_UI: [&str; 10] = [
    "src/ui/commune",
    "src/ui/tracking",
    "src/ui/record_page",
    "src/ui/record",
    "src/ui/records",
    "src/ui/result_page",
    "src/ui/share",
    "src/ui/print",
    "src/ui/shared_result",
    "src/ui/sets_page",
];
const OTHER_PAGES_HTML: [&str; 4] = [
    "theo-doi.html",
    "ho-so.html",
    "ket-qua.html",
    "bo-tieu-chi.html",
];

/// The class names of each selector of a stylesheet (a rule's selectors apart).
fn selector_classes(css: &str) -> Vec<BTreeSet<String>> {
    let mut text = String::new();
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        rest = rest[start..]
            .find("*/")
            .map_or("", |end| &rest[start + end + 2..]);
    }
    text.push_str(rest);
    let mut selectors = Vec::new();
    // A rule's selectors are the text before a `{` since the last `{`, `}` or `;`.
    let mut prelude = String::new();
    for c in text.chars() {
        match c {
            '{' => {
                for selector in prelude.split(',') {
                    let chars: Vec<char> = selector.chars().collect();
                    let mut classes = BTreeSet::new();
                    for (i, &c) in chars.iter().enumerate() {
                        if c == '.' && chars.get(i + 1).is_some_and(|c| c.is_ascii_alphabetic()) {
                            let name: String = chars[i + 1..]
                                .iter()
                                .take_while(|c| {
                                    c.is_ascii_alphanumeric() || **c == '-' || **c == '_'
                                })
                                .collect();
                            classes.insert(name);
                        }
                    }
                    if !classes.is_empty() {
                        selectors.push(classes);
                    }
                }
                prelude.clear();
            }
            '}' | ';' => prelude.clear(),
            c => prelude.push(c),
        }
    }
    selectors
}

/// The words of a Rust file's string literals, or of an HTML file's `class` attributes.
fn named_classes(path: &Path) -> BTreeSet<String> {
    let text = fs::read_to_string(path).unwrap();
    let mut words = BTreeSet::new();
    let literals: Vec<&str> = if path.extension().is_some_and(|e| e == "html") {
        text.split("class=\"")
            .skip(1)
            .filter_map(|s| s.split('"').next())
            .collect()
    } else {
        // Every other piece between double quotes (escaped quotes are rare in
        // class names' files and only add words).
        text.split('"').skip(1).step_by(2).collect()
    };
    for literal in literals {
        words.extend(literal.split_whitespace().map(str::to_owned));
    }
    words
}

/// The classes the app's own files name, and those the other pages' files name.
fn used_classes() -> (BTreeSet<String>, BTreeSet<String>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src/ui"), &mut files);
    rust_files(&root.join("src/browser"), &mut files);
    let (mut app, mut others) = (BTreeSet::new(), BTreeSet::new());
    for file in files {
        let relative = file
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let other = OTHER_PAGES_UI
            .iter()
            .any(|dir| relative.starts_with(&format!("{dir}/")));
        if other { &mut others } else { &mut app }.extend(named_classes(&file));
    }
    app.extend(named_classes(&root.join("index.html")));
    for page in OTHER_PAGES_HTML {
        others.extend(named_classes(&root.join(page)));
    }
    (app, others)
}

#[test]
fn the_other_pages_rules_match_nothing_of_the_app() {
    let (app, others) = used_classes();
    let selectors = selector_classes(PAGES_CSS);
    assert!(selectors.len() > 20, "pages.css read as {selectors:?}");
    for classes in &selectors {
        assert!(
            classes.iter().any(|class| !app.contains(class)),
            "a selector of pages.css with {classes:?} can match the app's screens: move it to app.css"
        );
        for class in classes {
            assert!(
                app.contains(class) || others.contains(class),
                ".{class} in pages.css is used by no page"
            );
        }
    }
}

#[test]
fn every_rule_of_the_apps_stylesheet_is_the_apps() {
    let (app, _) = used_classes();
    let selectors = selector_classes(APP_CSS);
    assert!(selectors.len() > 50, "app.css read as {selectors:?}");
    let others: Vec<&BTreeSet<String>> = selectors
        .iter()
        .filter(|classes| classes.iter().any(|class| !app.contains(class)))
        .collect();
    assert!(
        others.is_empty(),
        "app.css has selectors with classes the app never names (another page's: pages.css; else remove them): {others:?}"
    );
}

#[test]
fn the_other_pages_link_both_stylesheets_and_the_app_one() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let link = |name: &str| format!("<link data-trunk rel=\"css\" href=\"styles/{name}\">");
    let index = fs::read_to_string(root.join("index.html")).unwrap();
    assert!(index.contains(&link("app.css")) && !index.contains(&link("pages.css")));
    for page in OTHER_PAGES_HTML {
        let html = fs::read_to_string(root.join(page)).unwrap();
        let (app, pages) = (html.find(&link("app.css")), html.find(&link("pages.css")));
        assert!(
            matches!((app, pages), (Some(a), Some(p)) if a < p),
            "{page} must link app.css, then pages.css"
        );
    }
}

#[test]
fn the_class_reader_reads_selectors_not_values() {
    let css =
        "/* .comment */ .a, .b-c > p { margin: 0.5rem; } @media print { .d:not(.e) { x: 1; } }";
    let selectors: Vec<Vec<String>> = selector_classes(css)
        .into_iter()
        .map(|classes| classes.into_iter().collect())
        .collect();
    assert_eq!(selectors, [vec!["a"], vec!["b-c"], vec!["d", "e"]]);
}
