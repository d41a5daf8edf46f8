// The peer: the Neo4j GraphQL Library on Apollo Server, without auth of its own, over the Bolt address in NEO4J_URI
// with the credentials the launcher passes (ONECHECK_NEO4J_USER, ONECHECK_NEO4J_PASSWORD: the stack's generated password).
// Prints "PEER READY <url>" once it answers, for PeerBenchmark to wait on.
import { readFileSync } from "node:fs";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const driver = neo4j.driver(process.env.NEO4J_URI, neo4j.auth.basic(process.env.ONECHECK_NEO4J_USER || "neo4j",
  process.env.ONECHECK_NEO4J_PASSWORD || "unused"));
const typeDefs = readFileSync(new URL("./schema.graphql", import.meta.url), "utf8");
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const server = new ApolloServer({ schema });
const { url } = await startStandaloneServer(server, {
  listen: { host: "127.0.0.1", port: Number(process.env.PEER_PORT) },
  context: async () => ({}),
});
console.log(`PEER READY ${url}`);
