//! Entry point of the web app. The browser runs `main` once the wasm is loaded.

#[cfg(target_arch = "wasm32")]
fn main() {
    tsvmtd::browser::panic_screen::install();
    tsvmtd::browser::startup::start();
}

/// Natively: `first-screen` prints the first screen of a first visit as HTML
/// (`ui::first_screen`), for the build to write into `index.html`;
/// `check-set FILE…` checks criteria set files for their authors
/// (`scripts/check-set`).
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("first-screen") => {
            print!("{}", tsvmtd::ui::first_screen::render());
            return;
        }
        Some("check-set") => std::process::exit(check_set::run(&args[1..])),
        _ => {}
    }
    eprintln!("This is a web app: serve it with `scripts/serve` and open it in a browser.");
    eprintln!("Natively, `first-screen` prints its first screen as HTML (the build uses it),");
    eprintln!("and `check-set FILE...` checks criteria set files (scripts/check-set).");
    std::process::exit(2);
}

/// `check-set [--en] FILE…`: each file checked as a phone would check it
/// (`criteria::check`); a file named `index.json` as the index of a `sets/`
/// folder, then each set file it lists (beside it), which must match its
/// entry. One line a problem, one line a file that passes, a summary last;
/// exit 0 when every file passes, 1 when any has a problem, 2 for no file.
#[cfg(not(target_arch = "wasm32"))]
mod check_set {
    use std::path::Path;
    use tsvmtd::domain::criteria::{
        CheckedSet, INDEX_FILE, SetProblem, check_entry, check_index_bytes, check_set_bytes,
        fingerprint_text, is_plain_file_name,
    };
    use tsvmtd::domain::i18n::{Lang, set_check as words};

    /// How many files were checked, and how many had problems.
    #[derive(Default)]
    struct Tally {
        total: usize,
        failed: usize,
        lang: Lang,
    }

    impl Tally {
        fn problems(&mut self, file: &Path, problems: &[SetProblem]) {
            self.failed += 1;
            for p in problems {
                println!("{}: {}", file.display(), p.message(self.lang));
            }
        }

        /// A file that could not be read; `listed_in`: the index naming it.
        fn unreadable(&mut self, file: &Path, e: &std::io::Error, listed_in: Option<&Path>) {
            self.failed += 1;
            let detail = match e.kind() {
                std::io::ErrorKind::NotFound => words::file_not_found(
                    self.lang,
                    listed_in.map(|p| p.display().to_string()).as_deref(),
                ),
                _ => words::file_not_read(self.lang, &e.to_string()),
            };
            let line = words::located(self.lang, None, None, None, None, None, &detail);
            println!("{}: {line}", file.display());
        }

        fn passed(&self, file: &Path, checked: &CheckedSet) {
            let set = &checked.set;
            println!(
                "{}",
                words::passed_set(
                    self.lang,
                    &file.display().to_string(),
                    set.title.get(self.lang),
                    set.version,
                    &fingerprint_text(checked.fingerprint),
                )
            );
        }

        /// Checks one set file; `entry`: the index entry it must match.
        fn set(
            &mut self,
            file: &Path,
            entry: Option<(&tsvmtd::domain::criteria::PublishedEntry, &Path)>,
        ) {
            self.total += 1;
            let bytes = match std::fs::read(file) {
                Ok(bytes) => bytes,
                Err(e) => return self.unreadable(file, &e, entry.map(|(_, index)| index)),
            };
            match check_set_bytes(&bytes) {
                Err(problems) => self.problems(file, &problems),
                Ok(checked) => {
                    let mismatches = entry.map_or_else(Vec::new, |(e, _)| check_entry(e, &checked));
                    if mismatches.is_empty() {
                        self.passed(file, &checked);
                    } else {
                        self.problems(file, &mismatches);
                    }
                }
            }
        }

        /// Checks an index, then each set file it lists.
        fn index(&mut self, file: &Path) {
            self.total += 1;
            let bytes = match std::fs::read(file) {
                Ok(bytes) => bytes,
                Err(e) => return self.unreadable(file, &e, None),
            };
            let index = match check_index_bytes(&bytes) {
                Ok(index) => index,
                Err(problems) => return self.problems(file, &problems),
            };
            println!(
                "{}",
                words::passed_index(self.lang, &file.display().to_string(), index.sets.len())
            );
            let folder = file.parent().unwrap_or(Path::new(""));
            for entry in index.sets.iter().filter(|e| is_plain_file_name(&e.file)) {
                self.set(&folder.join(&entry.file), Some((entry, file)));
            }
        }
    }

    pub fn run(args: &[String]) -> i32 {
        let lang = if args.iter().any(|a| a == "--en") {
            Lang::En
        } else {
            Lang::Vi
        };
        let files: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
        if files.is_empty() || args.iter().any(|a| a.starts_with("--") && a != "--en") {
            eprintln!("{}", words::usage(lang));
            return 2;
        }
        let mut tally = Tally {
            lang,
            ..Tally::default()
        };
        for file in files {
            let path = Path::new(file);
            if path.file_name().is_some_and(|n| n == INDEX_FILE) {
                tally.index(path);
            } else {
                tally.set(path, None);
            }
        }
        println!("{}", words::summary(lang, tally.failed, tally.total));
        i32::from(tally.failed > 0)
    }
}
