/**
 * The two document stores behind {@link vn.danhgia.platform.DocumentStorage}: a folder on one node's disk, the
 * embedded default, and a bucket of an S3-compatible object store that several nodes share, with what both compute
 * of a content as it is copied ({@link vn.danhgia.platform.documents.DigestedCopy}).
 */
package vn.danhgia.platform.documents;
