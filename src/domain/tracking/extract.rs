//! Finding result links in pasted text: a block copied from a chat, with links
//! among other words, or a list of bare payloads.

/// A result link found in a text, not decoded yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundLink<'a> {
    /// 1-based line of the text where it starts.
    pub line: usize,
    /// What to hand to `share_link::decode`.
    pub text: &'a str,
    /// The payload alone (what follows `k=`), for the stored fragment.
    pub payload: &'a str,
    /// The link as found (the word it is part of), for a list of bad links.
    pub excerpt: &'a str,
}

/// The shortest bare line taken for a payload: a result link of the smallest
/// possible result (empty profile, no answer) already has 20 characters, so
/// ordinary words on a line of their own are not mistaken for links.
pub const MIN_BARE_PAYLOAD: usize = 20;

/// How far back from a `#k=` the start of its word is looked for.
const LOOK_BACK_CHARS: usize = 120;

/// The longest excerpt, in characters, "…" included.
pub const EXCERPT_CHARS: usize = 60;

fn is_payload_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

/// Every result link in `text`, in order: each `#k=` or `&k=` (the payload is
/// what follows, up to the first character a payload never has), and each line
/// that is only a payload (at least [`MIN_BARE_PAYLOAD`] characters of the
/// base64url alphabet) or only `k=…` (one word).
pub fn find_links(text: &str) -> Vec<FoundLink<'_>> {
    let mut found = Vec::new();
    for (i, line) in text.split('\n').enumerate() {
        let number = i + 1;
        let before = found.len();
        let mut from = 0;
        while let Some(at) = line[from..].find("k=").map(|j| from + j) {
            from = at + 2;
            if !(line[..at].ends_with('#') || line[..at].ends_with('&')) {
                continue;
            }
            let rest = &line[from..];
            let end = rest
                .find(|c: char| !is_payload_char(c))
                .unwrap_or(rest.len());
            let payload = &rest[..end];
            found.push(FoundLink {
                line: number,
                text: payload,
                payload,
                excerpt: &line[word_start(line, at)..from + end],
            });
            from += end;
        }
        if found.len() > before {
            continue;
        }
        let word = line.trim();
        if word.contains(char::is_whitespace) {
            continue;
        }
        if let Some(rest) = word.strip_prefix("k=") {
            let payload = rest.split('&').next().unwrap_or_default();
            found.push(FoundLink {
                line: number,
                text: word,
                payload,
                excerpt: word,
            });
        } else if word.len() >= MIN_BARE_PAYLOAD && word.chars().all(is_payload_char) {
            found.push(FoundLink {
                line: number,
                text: word,
                payload: word,
                excerpt: word,
            });
        }
    }
    found
}

/// Where the word holding the marker at byte `at` of `line` starts (looking
/// back a bounded number of characters).
fn word_start(line: &str, at: usize) -> usize {
    let mut start = at;
    for (i, c) in line[..at].char_indices().rev().take(LOOK_BACK_CHARS) {
        if c.is_whitespace() {
            break;
        }
        start = i;
    }
    start
}

/// `text` cut to at most [`EXCERPT_CHARS`] characters, ending with "…" when cut.
pub fn shorten(text: &str) -> String {
    match text.char_indices().nth(EXCERPT_CHARS) {
        None => text.to_owned(),
        Some(_) => {
            let cut = text
                .char_indices()
                .nth(EXCERPT_CHARS - 1)
                .map_or(text.len(), |(i, _)| i);
            format!("{}…", &text[..cut])
        }
    }
}

/// The payload of a fragment or link as stored (`#k=…`, `k=…`, a full link,
/// or the bare payload).
pub fn payload_of(text: &str) -> &str {
    let text = text.trim();
    let fragment = match text.split_once('#') {
        Some((_, fragment)) => fragment,
        None => text,
    };
    fragment
        .split('&')
        .find_map(|part| part.strip_prefix("k="))
        .unwrap_or(fragment)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn payloads(text: &str) -> Vec<(usize, &str, &str)> {
        find_links(text)
            .into_iter()
            .map(|f| (f.line, f.payload, f.excerpt))
            .collect()
    }

    #[test]
    fn links_are_found_among_words() {
        let chat = "Chào chị,\nKết quả ấp 3: https://x.org/app/#k=AbC-_9 (xem giúp em)\n\
                    Hai ấp: x.org/#k=Aaa, x.org/#a=1&k=Bbb.\nok=1 book=2 #k\n";
        assert_eq!(
            payloads(chat),
            [
                (2, "AbC-_9", "https://x.org/app/#k=AbC-_9"),
                (3, "Aaa", "x.org/#k=Aaa"),
                (3, "Bbb", "x.org/#a=1&k=Bbb"),
            ]
        );
    }

    #[test]
    fn bare_lines_are_payloads_only_when_long_enough() {
        let text = "AVhl8hOCrODYN0AQRWICHwhf\r\nok\nk=Abc\n  k=x y\nHello_World\n#k=\n";
        assert_eq!(
            payloads(text),
            [
                (1, "AVhl8hOCrODYN0AQRWICHwhf", "AVhl8hOCrODYN0AQRWICHwhf"),
                (3, "Abc", "k=Abc"),
                (6, "", "#k="),
            ]
        );
    }

    #[test]
    fn excerpts_are_short() {
        assert_eq!(shorten("abc"), "abc");
        let long = "ấ".repeat(61);
        let short = shorten(&long);
        assert_eq!(short.chars().count(), 60);
        assert!(short.ends_with('…'));
        assert_eq!(shorten(&"a".repeat(60)), "a".repeat(60));
    }

    #[test]
    fn stored_fragments_give_their_payload() {
        for text in [
            "#k=AB",
            "k=AB",
            "AB",
            " https://x.org/#x=1&k=AB ",
            "#k=AB&y=2",
        ] {
            assert_eq!(payload_of(text), "AB", "{text}");
        }
    }
}
