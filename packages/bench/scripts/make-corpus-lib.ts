// The benchmark corpus: news-shaped synthetic articles (see news/ and packages/bench/README.md).
export { makeArticle, articleLength, worldFor, type SyntheticArticle } from './news/article.js';
export { rng } from './news/world.js';
