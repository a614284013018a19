cd /work/main
NEO4J_URI=bolt://127.0.0.1:17687 NEO4J_PASSWORD=api-dev-pass1 timeout 60 pnpm -s kg serve --port 4123 > /tmp/serve.out 2>&1 &
PID=$!
for i in $(seq 1 40); do sleep 0.5; grep -q "GraphQL API" /tmp/serve.out && break; done
cat /tmp/serve.out
curl -s localhost:4123/healthz; echo
curl -s -H 'accept: text/html' localhost:4123/graphql | head -5
curl -s -o /dev/null -w "%{http_code} %{size_download}\n" localhost:4123/graphiql-assets/graphiql/graphiql.min.js
curl -s -o /dev/null -w "%{http_code} %{size_download}\n" localhost:4123/graphiql-assets/react/react.production.min.js
curl -s -o /dev/null -w "%{http_code} %{size_download}\n" localhost:4123/
curl -s -H 'content-type: application/json' -d '{"query":"{ entityByName(name: \"ames\") { id name claims { totalCount } } }"}' localhost:4123/graphql; echo
kill -INT $PID; sleep 2; kill $PID 2>/dev/null
