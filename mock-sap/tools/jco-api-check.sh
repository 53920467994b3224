#!/usr/bin/env bash
# Checks jco-mock's com.sap.conn.jco and com.sap.conn.jco.ext against SAP's published JCo API types
# (neo-java-web-api, SAP developer licence, read from the local Maven repository; never a build dependency).
# Run from the repository root after `mvn -o -q compile`:  bash mock-sap/tools/jco-api-check.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
SAP_JAR="${SAP_JCO_API_JAR:-$HOME/.m2/repository/com/sap/cloud/neo-java-web-api/5.40.3/neo-java-web-api-5.40.3.jar}"
if [[ ! -f "$SAP_JAR" ]]; then
  echo "SAP's JCo API jar is not at $SAP_JAR (set SAP_JCO_API_JAR)" >&2
  exit 2
fi
status=0
java mock-sap/tools/JcoApiCheck.java target/classes "$SAP_JAR" com.sap.conn.jco || status=1
if unzip -l "$SAP_JAR" 'com/sap/conn/jco/ext/*' >/dev/null 2>&1; then
  java mock-sap/tools/JcoApiCheck.java target/classes "$SAP_JAR" com.sap.conn.jco.ext || status=1
else
  echo "com.sap.conn.jco.ext: not in $(basename "$SAP_JAR"), not checked"
fi
exit $status
