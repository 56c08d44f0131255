//! HTTP plumbing shared by every route: request parsing with problem+json rejections, the
//! caller's request context, and the middleware stack.

pub mod connections;
pub mod context;
pub mod cookies;
pub mod extract;
pub mod middleware;
pub mod origin;
pub mod uploads;
pub mod versioning;

/// Percent-encodes a query value (a path such as `/me` keeps its slashes).
pub fn encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                char::from(b).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}
