//! Chat apps' own browsers. A link tapped in Zalo, Messenger or Facebook opens
//! inside that app, in a browser of its own whose storage the app may wipe with
//! its cache, where the app cannot be installed and may have no offline copy,
//! and whose data the phone's browser never sees. A result sent in a link reads
//! there as anywhere; her own drafts had better live in the phone's browser.
//!
//! Pure: the browser adapter reads `navigator.userAgent` and the page's
//! address; this module recognises the app and writes the link that opens the
//! same address in the phone's browser.
//!
//! On Android the link is an intent link (`intent://HOST/PATH#Intent;…;end`),
//! which the chat apps hand to the system: Chrome, which every Android phone
//! with Google's services carries, opens the address. Its own fragment is where
//! the intent's parameters go, so the page's fragment cannot travel in it, and a
//! query would reach the host: the link names the page only (no query, no
//! fragment), and her draft travels as a file she downloads first and imports
//! in the phone's browser. On other systems (an iPhone) there is no such link:
//! she is told to use the app's menu, or to copy the address.

/// A chat (or social) app whose own browser the page is open in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChatApp {
    Zalo,
    Messenger,
    Facebook,
    Instagram,
    Line,
    TikTok,
}

impl ChatApp {
    /// The app's own name, as people call it (the same in every language).
    pub fn name(self) -> &'static str {
        match self {
            ChatApp::Zalo => "Zalo",
            ChatApp::Messenger => "Messenger",
            ChatApp::Facebook => "Facebook",
            ChatApp::Instagram => "Instagram",
            ChatApp::Line => "LINE",
            ChatApp::TikTok => "TikTok",
        }
    }
}

/// The phone's system, as far as opening the phone's browser goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Platform {
    Android,
    Ios,
    Other,
}

/// A chat app's browser, on a system.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct InAppBrowser {
    pub app: ChatApp,
    pub platform: Platform,
}

/// The tokens each app writes into its browser's user agent, checked in this
/// order (Instagram's browser also carries Facebook's tokens, Messenger's its
/// own beside Facebook's). Case-sensitive: these are the apps' own spellings.
const TOKENS: &[(ChatApp, &[&str])] = &[
    // "… Mobile Safari/537.36 Zalo android/12100609 ZaloTheme/light ZaloLanguage/vi",
    // "… Mobile/15E148 Zalo iOS/502 ZaloTheme/light ZaloLanguage/vn"
    (ChatApp::Zalo, &["Zalo android/", "Zalo iOS/", "ZaloTheme/"]),
    // "[FB_IAB/Orca-Android;FBAV/376.1.0.25.106;]" (Orca is Messenger's code name),
    // "[FBAN/MessengerForiOS;FBAV/…]"
    (
        ChatApp::Messenger,
        &[
            "FB_IAB/Orca-Android",
            "FBAN/MessengerForiOS",
            "FBAN/Messenger",
        ],
    ),
    // "… Instagram 302.0.0.23.114 Android (33/13; 420dpi; …)"
    (ChatApp::Instagram, &[" Instagram "]),
    // "[FB_IAB/FB4A;FBAV/376.0.0.12.108;]", "[FBAN/FBIOS;FBAV/…]"
    (ChatApp::Facebook, &["FB_IAB/", "FBAN/", "FBAV/", "FBIOS"]),
    // "… Mobile Safari/537.36 Line/14.18.1/IAB", "… Safari Line/14.0.0"
    (ChatApp::Line, &[" Line/"]),
    // "… musical_ly_2023405030 BytedanceWebview/d8a21c6", "… trill_2023008030 JsSdk/1.0"
    (
        ChatApp::TikTok,
        &["musical_ly_", "trill_", "BytedanceWebview/", " TikTok/"],
    ),
];

/// The chat app whose browser a user agent string belongs to, if any. A
/// phone's own browsers (Chrome, Samsung Internet, Cốc Cốc, Safari, Firefox)
/// and an unnamed web view are none.
pub fn detect(user_agent: &str) -> Option<InAppBrowser> {
    let app = TOKENS
        .iter()
        .find(|(_, tokens)| tokens.iter().any(|t| user_agent.contains(t)))
        .map(|(app, _)| *app)?;
    let platform = if user_agent.contains("Android") {
        Platform::Android
    } else if ["iPhone", "iPad", "iPod"]
        .iter()
        .any(|d| user_agent.contains(d))
    {
        Platform::Ios
    } else {
        Platform::Other
    };
    Some(InAppBrowser { app, platform })
}

/// The Android intent link that opens `page_address` in Chrome, without its
/// query or fragment; `None` for an address that is not http(s) or has no host.
/// Where Chrome is missing, the fallback is the plain address.
pub fn intent_link(page_address: &str) -> Option<String> {
    let (scheme, rest) = page_address.split_once("://")?;
    if !scheme.eq_ignore_ascii_case("https") && !scheme.eq_ignore_ascii_case("http") {
        return None;
    }
    let scheme = scheme.to_ascii_lowercase();
    let end = rest.find(['?', '#']).unwrap_or(rest.len());
    let page = &rest[..end];
    let host = page.split('/').next().unwrap_or("");
    if host.is_empty() || host.contains(|c: char| c.is_whitespace()) {
        return None;
    }
    let page = if page.contains('/') {
        page.to_owned()
    } else {
        format!("{page}/")
    };
    let fallback = percent_encode(&format!("{scheme}://{page}"));
    Some(format!(
        "intent://{page}#Intent;scheme={scheme};package=com.android.chrome;S.browser_fallback_url={fallback};end"
    ))
}

/// Percent-encodes everything but the unreserved characters (RFC 3986), as an
/// intent extra's value must be.
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Real user agent strings, as the apps send them (seen in public access
    /// logs and test suites), and what each is.
    const CASES: &[(&str, Option<(ChatApp, Platform)>)] = &[
        (
            "Mozilla/5.0 (Linux; Android 10; Active 3 Build/QP1A.190711.020;) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/99.0.4844.58 Mobile Safari/537.36 Zalo android/12100609 ZaloTheme/light ZaloLanguage/vi",
            Some((ChatApp::Zalo, Platform::Android)),
        ),
        (
            "Mozilla/5.0 (Linux; Android 16; SM-A566B Build/BP2A.250605.031.A3;) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/154.0.8037.57 Mobile Safari/537.36 Zalo android/260901903 ZaloTheme/light ZaloLanguage/vi",
            Some((ChatApp::Zalo, Platform::Android)),
        ),
        (
            "Mozilla/5.0 (iPhone; CPU iPhone OS 16_0_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Zalo iOS/502 ZaloTheme/light ZaloLanguage/vn",
            Some((ChatApp::Zalo, Platform::Ios)),
        ),
        (
            "Mozilla/5.0 (Linux; Android 12; SM-A135F Build/SP1A.210812.016; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/104.0.5112.97 Mobile Safari/537.36 [FB_IAB/Orca-Android;FBAV/376.1.0.25.106;]",
            Some((ChatApp::Messenger, Platform::Android)),
        ),
        (
            "Mozilla/5.0 (Linux; Android 10; SM-A600FN Build/QP1A.190711.020; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/97.0.4692.98 Mobile Safari/537.36 [FB_IAB/Orca-Android;FBAV/369.0.0.7.111;]",
            Some((ChatApp::Messenger, Platform::Android)),
        ),
        (
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/MessengerForiOS;FBAV/455.0.0.39.106;FBBV/1]",
            Some((ChatApp::Messenger, Platform::Ios)),
        ),
        (
            "Mozilla/5.0 (Linux; Android 12; SM-A135F Build/SP1A.210812.016; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/104.0.5112.97 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/376.0.0.12.108;]",
            Some((ChatApp::Facebook, Platform::Android)),
        ),
        (
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/470.0.0.35.108;FBBV/611437296;FBDV/iPhone15,3;]",
            Some((ChatApp::Facebook, Platform::Ios)),
        ),
        (
            "Mozilla/5.0 (Linux; Android 13; SM-G991B Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/111.0.5563.116 Mobile Safari/537.36 Instagram 302.0.0.23.114 Android (33/13; 420dpi; 1080x2260; samsung; SM-G991B; o1s; exynos2100; en_US; 490037685)",
            Some((ChatApp::Instagram, Platform::Android)),
        ),
        (
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 321.0.2.25.103 (iPhone14,5; iOS 17_3; en_US; en; scale=3.00; 1170x2532; 571158325)",
            Some((ChatApp::Instagram, Platform::Ios)),
        ),
        (
            "Mozilla/5.0 (Linux; Android 10; vivo 1935 Build/QP1A.190711.020; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/130.0.6723.107 Mobile Safari/537.36 Line/14.18.1/IAB",
            Some((ChatApp::Line, Platform::Android)),
        ),
        (
            "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Safari Line/14.0.0",
            Some((ChatApp::Line, Platform::Ios)),
        ),
        (
            "Mozilla/5.0 (Linux; Android 13; SM-A546E Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.0.0 Mobile Safari/537.36 trill_2023008030 JsSdk/1.0 NetType/WIFI Channel/googleplay AppName/trill app_version/30.8.3",
            Some((ChatApp::TikTok, Platform::Android)),
        ),
        (
            "Mozilla/5.0 (iPhone; CPU iPhone OS 15_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 musical_ly_25.1.1 JsSdk/2.0 NetType/WIFI Channel/App Store ByteLocale/en Region/US ByteFullLocale/en isDarkMode/0 WKWebView/1 BytedanceWebview/d8a21c6 FalconTag/",
            Some((ChatApp::TikTok, Platform::Ios)),
        ),
        // The phone's own browsers: not a chat app's.
        (
            "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36",
            None,
        ),
        (
            "Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36",
            None,
        ),
        (
            "Mozilla/5.0 (Linux; Android 12; SM-A125F) AppleWebKit/537.36 (KHTML, like Gecko) coc_coc_browser/132.0.204 Chrome/126.0.6478.204 Mobile Safari/537.36",
            None,
        ),
        (
            "Mozilla/5.0 (Android 14; Mobile; rv:128.0) Gecko/128.0 Firefox/128.0",
            None,
        ),
        (
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
            None,
        ),
        (
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.153 Mobile/15E148 Safari/604.1",
            None,
        ),
        // A web view that does not name its app: nothing to tell her.
        (
            "Mozilla/5.0 (Linux; Android 13; Pixel 6; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.6099.230 Mobile Safari/537.36",
            None,
        ),
        (
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
            None,
        ),
        ("", None),
    ];

    #[test]
    fn real_user_agents_are_recognised() {
        for (ua, expected) in CASES {
            let found = detect(ua).map(|b| (b.app, b.platform));
            assert_eq!(found, *expected, "{ua}");
        }
    }

    #[test]
    fn look_alike_words_are_not_apps() {
        for ua in [
            "Mozilla/5.0 (Linux; Android 13) Chrome/126.0 Mobile Safari/537.36 Online/1.0",
            "Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0 Safari/537.36 Zalopay-desktop",
            "Mozilla/5.0 (Linux; Android 13) Chrome/126.0 Mobile Safari/537.36 Instagrammer",
        ] {
            assert_eq!(detect(ua), None, "{ua}");
        }
        // A desktop app's browser is still that app's.
        assert_eq!(
            detect("Mozilla/5.0 (Macintosh) [FBAN/FBIOS;FBAV/1]").map(|b| b.platform),
            Some(Platform::Other)
        );
    }

    #[test]
    fn the_intent_link_names_the_page_only() {
        let table = [
            (
                "https://tsvmtd.example.vn/app/",
                "intent://tsvmtd.example.vn/app/#Intent;scheme=https;package=com.android.chrome;S.browser_fallback_url=https%3A%2F%2Ftsvmtd.example.vn%2Fapp%2F;end",
            ),
            // The query (a chat app's tracking) and the fragment stay behind.
            (
                "https://tsvmtd.example.vn/app/index.html?fbclid=IwAR0x&zarsrc=30#k=AVpl8h",
                "intent://tsvmtd.example.vn/app/index.html#Intent;scheme=https;package=com.android.chrome;S.browser_fallback_url=https%3A%2F%2Ftsvmtd.example.vn%2Fapp%2Findex.html;end",
            ),
            (
                "http://127.0.0.1:5500/",
                "intent://127.0.0.1:5500/#Intent;scheme=http;package=com.android.chrome;S.browser_fallback_url=http%3A%2F%2F127.0.0.1%3A5500%2F;end",
            ),
            (
                "HTTPS://example.vn",
                "intent://example.vn/#Intent;scheme=https;package=com.android.chrome;S.browser_fallback_url=https%3A%2F%2Fexample.vn%2F;end",
            ),
        ];
        for (address, expected) in table {
            assert_eq!(intent_link(address).as_deref(), Some(expected), "{address}");
        }
        for address in [
            "",
            "file:///sdcard/index.html",
            "about:blank",
            "intent://x#Intent;end",
            "https://",
            "https:///path",
            "https://bad host/",
            "tsvmtd.example.vn/app/",
        ] {
            assert_eq!(intent_link(address), None, "{address}");
        }
    }
}
