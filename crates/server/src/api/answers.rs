//! The answers every operation can get from the layers around its handler, written into the
//! document once so that no operation forgets one: a body that is not JSON, too large or does
//! not fit (400, 413, 415), query parameters that are not the operation's (400) or a page that
//! cannot be (422), a write sent
//! from another site's page (403), and a person's route called with an API token (404).

use serde_json::{Value, json};

/// The document as served: utoipa's, with the common answers added where an operation does
/// not already describe them.
pub fn document(openapi: &utoipa::openapi::OpenApi) -> serde_json::Result<String> {
    let mut doc = serde_json::to_value(openapi)?;
    add_common_answers(&mut doc);
    serde_json::to_string_pretty(&doc)
}

fn add_common_answers(doc: &mut Value) {
    let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) else { return };
    for (path, item) in paths {
        let Some(item) = item.as_object_mut() else { continue };
        for (method, operation) in item {
            let answers = answers_for(path, method, operation);
            let Some(responses) = operation.get_mut("responses").and_then(Value::as_object_mut) else {
                continue;
            };
            let mut added: Vec<(&str, &str)> = Vec::new();
            for (status, code, sentence) in answers {
                match responses.get_mut(status) {
                    None => {
                        let response = json!({
                            "description": format!("`{code}`: {sentence}"),
                            "content": { "application/problem+json": {
                                "schema": { "$ref": "#/components/schemas/Problem" } } }
                        });
                        responses.insert(status.to_owned(), response);
                        added.push((status, code));
                    }
                    Some(response) => {
                        // A code the operation already explains is left as it says; one this
                        // step added gets each further reason.
                        let said = response["description"].as_str().unwrap_or_default().to_owned();
                        let ours = added.contains(&(status, code));
                        if ours {
                            response["description"] = json!(format!("{said}, or {sentence}"));
                        } else if !said.contains(&format!("`{code}`")) {
                            response["description"] = json!(format!("{said}; `{code}`: {sentence}"));
                            added.push((status, code));
                        }
                    }
                }
            }
        }
    }
}

/// The common answers that apply to one operation: (status, code, when).
fn answers_for(
    path: &str,
    method: &str,
    operation: &Value,
) -> Vec<(&'static str, &'static str, &'static str)> {
    let mut answers = Vec::new();
    if operation.get("requestBody").is_some() {
        let json_body = operation["requestBody"]["content"].get("application/json").is_some();
        if json_body {
            answers.push(("400", "malformed_json", "the body is not JSON"));
            answers.push(("400", "unknown_field", "the body has a field this operation does not take"));
            answers.push(("400", "invalid_body", "a field of the body has the wrong type"));
            answers.push(("415", "unsupported_media_type", "the body is not sent as `application/json`"));
        }
        answers.push(("413", "payload_too_large", "the body is larger than this operation accepts"));
    }
    let parameters = operation["parameters"].as_array().map(Vec::as_slice).unwrap_or_default();
    if parameters.iter().any(|p| p["in"] == "query") {
        answers.push(("400", "invalid_query", "a query parameter is unknown or not of its type"));
    }
    let query = |name: &str| parameters.iter().any(|p| p["in"] == "query" && p["name"] == name);
    if query("limit") || query("cursor") {
        answers.push((
            "422",
            "validation_failed",
            "a `limit` out of range or a `cursor` this list did not give out",
        ));
    }
    if query("user_id") {
        answers.push(("422", "validation_failed", "`user_id` is not a member of this organisation"));
    }
    let writes = matches!(method, "post" | "put" | "patch" | "delete");
    if writes && path.starts_with("/api/v1/") {
        answers.push(("403", "cross_origin_request", "a browser sent this change from another site's page"));
    }
    let schemes: Vec<&str> = operation["security"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .filter_map(Value::as_object)
        .flat_map(|requirement| requirement.keys().map(String::as_str))
        .collect();
    if !schemes.is_empty() && schemes.iter().all(|s| *s == "session") {
        answers.push(("404", "not_found", "called with an API token: this route is a person's"));
    }
    answers
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_answers_join_what_an_operation_says() {
        let mut doc = json!({ "paths": { "/api/v1/me/profile": { "put": {
            "requestBody": { "content": { "application/json": {} } },
            "security": [{ "session": [] }],
            "responses": { "200": { "description": "ok" }, "400": { "description": "`unknown_field`: no" } }
        } } } });
        add_common_answers(&mut doc);
        let responses = &doc["paths"]["/api/v1/me/profile"]["put"]["responses"];
        for status in ["200", "400", "403", "404", "413", "415"] {
            assert!(responses.get(status).is_some(), "{status}: {responses}");
        }
        let bad = responses["400"]["description"].as_str().unwrap();
        assert_eq!(bad.matches("`unknown_field`").count(), 1, "{bad}");
        assert!(bad.contains("`malformed_json`") && bad.contains("`invalid_body`"), "{bad}");
    }
}
