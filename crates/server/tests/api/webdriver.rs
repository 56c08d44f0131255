//! A small W3C WebDriver client for the end-to-end tests: Chromium, headless, driven through
//! Debian's `chromedriver`, with axe-core to check each page's accessibility and a screenshot of
//! each page written to `target/e2e/screenshots`. The few commands the tests need are a handful
//! of HTTP calls, so no client library is built for them.

use base64::Engine;
use serde_json::{Value, json};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// The key under which WebDriver names an element.
const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

/// Where the screenshots go (kept by CI).
pub fn screenshot_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/e2e/screenshots")
}

/// What the browser tests need, or why they cannot run here. With `E2E_BROWSER=required` (CI) a
/// missing piece fails the test instead of skipping it.
pub fn tools() -> Option<(PathBuf, PathBuf, PathBuf)> {
    let driver =
        PathBuf::from(std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into()));
    let chromium = PathBuf::from(std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into()));
    let axe = std::env::var("AXE_JS").map_or_else(
        |_| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("../../target/e2e/node_modules/axe-core/axe.min.js")
        },
        PathBuf::from,
    );
    let missing: Vec<String> =
        [&driver, &chromium, &axe].iter().filter(|p| !p.exists()).map(|p| p.display().to_string()).collect();
    if missing.is_empty() {
        return Some((driver, chromium, axe));
    }
    let why = format!(
        "browser tests need {missing:?} (apt-get install chromium chromium-driver; npm install axe-core in target/e2e)"
    );
    assert!(std::env::var("E2E_BROWSER").as_deref() != Ok("required"), "{why}");
    eprintln!("skipped: {why}");
    None
}

/// A headless Chromium session.
pub struct Browser {
    driver: Child,
    base: String,
    session: String,
    http: reqwest::Client,
    axe: String,
    /// A phone's width in CSS pixels, which no page may scroll beyond sideways.
    phone_width: Option<u64>,
}

const PHONE_WIDTH: u64 = 390;

/// The visible fields and buttons whose right edge lies beyond the inside of their form's box
/// (a form panel too narrow for what it holds), named by tag and name.
const SPILLED: &str = r"
  const spilled = [];
  for (const form of document.querySelectorAll('form')) {
    const box = form.getBoundingClientRect();
    if (box.width === 0) continue;
    const inner = box.right - parseFloat(getComputedStyle(form).paddingRight) + 1;
    for (const el of form.querySelectorAll('input:not([type=hidden]), select, textarea, button')) {
      // A table of fields may scroll sideways in its own labelled region (`.scroll`).
      if (el.closest('.scroll')) continue;
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > inner) spilled.push(`${el.tagName.toLowerCase()} ${el.name || el.textContent.trim()}`);
    }
  }
  return spilled;
";

impl Drop for Browser {
    /// Ends the session first, so that ChromeDriver closes Chromium (killing only the driver
    /// leaves the browser's processes running), then stops the driver.
    fn drop(&mut self) {
        use std::io::{Read, Write};
        let address = self.base.trim_start_matches("http://").to_owned();
        if let Ok(mut stream) = std::net::TcpStream::connect(&address) {
            let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
            let request = format!(
                "DELETE /session/{} HTTP/1.1\r\nHost: {address}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                self.session
            );
            if stream.write_all(request.as_bytes()).is_ok() {
                let _ = stream.read_to_end(&mut Vec::new());
            }
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// A found element.
pub struct Element(String);

impl Browser {
    /// Starts ChromeDriver and a headless Chromium (phone-sized when `mobile`).
    pub async fn start(tools: &(PathBuf, PathBuf, PathBuf), mobile: bool) -> Browser {
        Self::start_in(tools, mobile, None).await
    }

    /// A browser whose language is `language` (`nl-NL`): the one it asks pages for.
    pub async fn start_in(
        tools: &(PathBuf, PathBuf, PathBuf),
        mobile: bool,
        language: Option<&str>,
    ) -> Browser {
        let (driver_path, chromium, axe) = tools;
        let port = {
            let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
            listener.local_addr().unwrap().port()
        };
        let driver = Command::new(driver_path)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let base = format!("http://127.0.0.1:{port}");
        let http = reqwest::Client::new();
        for _ in 0..100 {
            if http.get(format!("{base}/status")).send().await.is_ok() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let mut options = json!({
            "binary": chromium,
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                     "--disable-dev-shm-usage", "--window-size=1280,1000"],
        });
        if let Some(language) = language {
            options["args"].as_array_mut().unwrap().push(json!(format!("--lang={language}")));
            options["prefs"] = json!({ "intl.accept_languages": language });
        }
        if mobile {
            // A window cannot be narrower than 500 pixels; device emulation gives a phone's 390.
            options["mobileEmulation"] = json!({ "deviceMetrics": { "width": PHONE_WIDTH, "height": 844, "pixelRatio": 1.0, "touch": true } });
        }
        let capabilities = json!({ "capabilities": { "alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": options,
        }}});
        let created: Value = http
            .post(format!("{base}/session"))
            .json(&capabilities)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let session = created["value"]["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no session: {created}"))
            .to_owned();
        let axe = std::fs::read_to_string(axe).expect("axe-core");
        let browser =
            Browser { driver, base, session, http, axe, phone_width: mobile.then_some(PHONE_WIDTH) };
        browser.command("POST", "timeouts", json!({ "implicit": 5000, "script": 30000 })).await;
        browser
    }

    async fn command(&self, method: &str, path: &str, body: Value) -> Value {
        let url = format!("{}/session/{}/{path}", self.base, self.session);
        let request = match method {
            "GET" => self.http.get(url),
            _ => self.http.post(url).json(&body),
        };
        let answer: Value = request.send().await.unwrap().json().await.unwrap();
        if let Some(error) = answer["value"]["error"].as_str() {
            panic!("webdriver {path}: {error}: {}", answer["value"]["message"]);
        }
        answer["value"].clone()
    }

    /// Opens a URL.
    pub async fn go(&self, url: &str) {
        self.command("POST", "url", json!({ "url": url })).await;
    }

    /// The current URL.
    pub async fn url(&self) -> String {
        self.command("GET", "url", Value::Null).await.as_str().unwrap_or_default().to_owned()
    }

    /// The page's HTML.
    pub async fn source(&self) -> String {
        self.command("GET", "source", Value::Null).await.as_str().unwrap_or_default().to_owned()
    }

    /// The first element matching a CSS selector (waiting up to 5 s for it).
    pub async fn find(&self, css: &str) -> Element {
        let found = self.command("POST", "element", json!({ "using": "css selector", "value": css })).await;
        Element(found[ELEMENT].as_str().unwrap_or_else(|| panic!("no element {css}")).to_owned())
    }

    /// Types into an element.
    pub async fn type_into(&self, css: &str, text: &str) {
        let Element(id) = self.find(css).await;
        self.command("POST", &format!("element/{id}/clear"), json!({})).await;
        self.command("POST", &format!("element/{id}/value"), json!({ "text": text })).await;
    }

    /// Chooses a file for a file input.
    pub async fn upload(&self, css: &str, path: &std::path::Path) {
        let Element(id) = self.find(css).await;
        self.command("POST", &format!("element/{id}/value"), json!({ "text": path.display().to_string() }))
            .await;
    }

    /// The visible text of the first element matching a CSS selector.
    pub async fn text(&self, css: &str) -> String {
        let Element(id) = self.find(css).await;
        self.command("GET", &format!("element/{id}/text"), Value::Null)
            .await
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    /// Clicks an element.
    pub async fn click(&self, css: &str) {
        let Element(id) = self.find(css).await;
        self.command("POST", &format!("element/{id}/click"), json!({})).await;
    }

    /// Clicks something that loads a new page (a link, a form's button) and waits until the new
    /// page has loaded.
    pub async fn follow(&self, css: &str) {
        self.script("document.documentElement.dataset.leaving = '1';", json!([])).await;
        self.click(css).await;
        for _ in 0..200 {
            let loaded = self
                .script(
                    "return document.readyState === 'complete' && !document.documentElement.dataset.leaving;",
                    json!([]),
                )
                .await;
            if loaded == Value::Bool(true) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("clicking {css} loaded no new page");
    }

    /// Runs a script that loads a new page (submits a form) and waits until it has loaded.
    pub async fn follow_script(&self, script: &str) {
        self.script("document.documentElement.dataset.leaving = '1';", json!([])).await;
        self.script(script, json!([])).await;
        for _ in 0..200 {
            let loaded = self
                .script(
                    "return document.readyState === 'complete' && !document.documentElement.dataset.leaving;",
                    json!([]),
                )
                .await;
            if loaded == Value::Bool(true) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("the script loaded no new page");
    }

    /// Waits (up to 10 s) until an element's text holds `needle`; returns the text.
    pub async fn wait_for_text(&self, css: &str, needle: &str) -> String {
        let mut text = String::new();
        for _ in 0..200 {
            // Read in one script: the element may be swapped between a find and a read.
            let read = self
                .script(
                    "const e = document.querySelector(arguments[0]); return e ? e.innerText : '';",
                    json!([css]),
                )
                .await;
            text = read.as_str().unwrap_or_default().to_owned();
            if text.contains(needle) {
                return text;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("{css} never showed {needle:?}; it shows {text:?}");
    }

    /// Runs a script in the page.
    pub async fn script(&self, script: &str, args: Value) -> Value {
        self.command("POST", "execute/sync", json!({ "script": script, "args": args })).await
    }

    /// Saves a screenshot of the whole page (up to 8,000 pixels down) as `<name>.png`, through
    /// ChromeDriver's DevTools passthrough: WebDriver's own screenshot shows only the window.
    pub async fn screenshot(&self, name: &str) {
        let size = self
            .script(
                "const e = document.documentElement; return [e.scrollWidth, Math.min(e.scrollHeight, 8000)];",
                json!([]),
            )
            .await;
        let clip = json!({ "x": 0, "y": 0, "width": size[0], "height": size[1], "scale": 1 });
        let params = json!({ "format": "png", "captureBeyondViewport": true, "clip": clip });
        let shot = self
            .command("POST", "goog/cdp/execute", json!({ "cmd": "Page.captureScreenshot", "params": params }))
            .await;
        let bytes = base64::engine::general_purpose::STANDARD.decode(shot["data"].as_str().unwrap()).unwrap();
        let dir = screenshot_dir();
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(format!("{name}.png")), bytes).unwrap();
    }

    /// Runs axe-core on the page; returns the serious and critical violations, in words.
    pub async fn accessibility_problems(&self) -> Vec<String> {
        self.script(&self.axe, json!([])).await;
        let script = "const done = arguments[arguments.length - 1];\
            axe.run(document, { resultTypes: ['violations'] }).then(r => done(r.violations)).catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }]));";
        let violations = self.command("POST", "execute/async", json!({ "script": script, "args": [] })).await;
        violations
            .as_array()
            .unwrap()
            .iter()
            .filter(|v| matches!(v["impact"].as_str(), Some("serious" | "critical")))
            .map(|v| {
                let targets: Vec<String> = v["nodes"]
                    .as_array()
                    .map(|nodes| nodes.iter().map(|n| n["target"].to_string()).collect())
                    .unwrap_or_default();
                format!("{} ({}): {} at {}", v["id"], v["impact"], v["help"], targets.join(", "))
            })
            .collect()
    }

    /// Screenshots the page and fails on serious or critical accessibility violations, and on a
    /// phone when the page is wider than the screen.
    pub async fn check_page(&self, name: &str) {
        self.screenshot(name).await;
        if let Some(phone) = self.phone_width {
            let width = self.script("return document.documentElement.scrollWidth;", json!([])).await;
            assert!(
                width.as_u64().unwrap() <= phone,
                "{name} is {width} pixels wide on a {phone}-pixel phone"
            );
        }
        let spilled = self.script(SPILLED, json!([])).await;
        assert_eq!(spilled, json!([]), "{name}: fields stick out of their forms");
        let problems = self.accessibility_problems().await;
        assert!(problems.is_empty(), "{name} ({}): {problems:#?}", self.url().await);
    }
}
