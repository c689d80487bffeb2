# Sourced by crash-test.sh and load-benchmark.sh with $database, $user and $work set: builds the boot jar unless
# CRASH_SKIP_BUILD=true, creates the database empty, and copies the jar, the test classes and the jar's libraries to
# $work, so that a build during the run does not change what the nodes restart from. The Java orchestrators run from
# the test classes with the boot jar's libraries (they need nothing test-scoped); see $classpath.
if [ "${CRASH_SKIP_BUILD:-false}" != "true" ]; then
  ./mvnw -B -q ${MAVEN_OFFLINE:+-o} -pl backend -am -DskipTests package
fi
jar="$(ls backend/target/postgate-backend-*.jar | grep -v original | head -1)"

mysql --user="$user" -e "DROP DATABASE IF EXISTS \`$database\`;
  CREATE DATABASE \`$database\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;"
rm -rf "$work" && mkdir -p "$work/lib"
cp "$jar" "$work/postgate.jar"
cp -r backend/target/test-classes "$work/test-classes"
(cd "$work/lib" && jar xf ../postgate.jar BOOT-INF/lib)
classpath="$work/test-classes:$work/lib/BOOT-INF/lib/*"
