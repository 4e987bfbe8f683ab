# Sourced by the bench scripts: builds the project (tests skipped) and sets $cp to the core's test
# classpath (test classes, classes, dependencies).
./mvnw -q -B spotless:apply
./mvnw -q -B -DskipTests -Dforbiddenapis.skip=true package
./mvnw -q -B -pl hinews-core dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=../target/bench.cp >/dev/null
cp="hinews-core/target/test-classes:hinews-core/target/classes:$(cat target/bench.cp)"
