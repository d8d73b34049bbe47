/**
 * Generated from chokepoint's /openapi.json by web/tools/gen-client.ts (npm run gen:client).
 * Do not edit by hand.
 */

export interface paths {
    "/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Entities added, removed and changed in the releases dated after `since`, newest first */
        get: {
            parameters: {
                query: {
                    /** @description Most entity changes listed per release */
                    limit?: number;
                    /** @description Releases dated after this day (YYYY-MM-DD) */
                    since: string;
                    source?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            releases: {
                                changes: {
                                    caption: string;
                                    /** @enum {string} */
                                    change: "added" | "removed" | "changed";
                                    fields?: {
                                        added?: unknown[];
                                        after?: unknown;
                                        before?: unknown;
                                        field: string;
                                        removed?: unknown[];
                                    }[];
                                    id: string;
                                    schema: string;
                                }[];
                                counts: {
                                    added: number;
                                    changed: number;
                                    removed: number;
                                };
                                /** @description The first release of the source: everything in it is new, changes are not listed */
                                initial: boolean;
                                previous: {
                                    entityCount: number;
                                    id: number;
                                    releaseDate: string;
                                } | null;
                                release: {
                                    entityCount: number;
                                    id: number;
                                    releaseDate: string;
                                };
                                source: string;
                                truncated: boolean;
                            }[];
                            since: string;
                        };
                    };
                };
                /** @description Every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
                /** @description Every error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
                /** @description Every error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An entity as listed (newest release holding it, or as of a date) and its history across releases */
        get: {
            parameters: {
                query?: {
                    /** @description YYYY-MM-DD */
                    asOf?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entity: {
                                addresses: {
                                    city?: string;
                                    country?: string;
                                    countryName?: string;
                                    full: string;
                                    postalCode?: string;
                                    region?: string;
                                    street?: string;
                                }[];
                                birthDates: string[];
                                birthPlaces: string[];
                                countries: string[];
                                gender?: string;
                                /** @example us_ofac_sdn:35096 */
                                id: string;
                                identifiers: {
                                    country?: string;
                                    /** @description The source's own wording of the type */
                                    label?: string;
                                    /** @description passport, national_id, tax_id, registration, imo, swift, website … */
                                    type: string;
                                    value: string;
                                }[];
                                links: string[];
                                names: {
                                    /** @enum {string} */
                                    kind: "primary" | "aka" | "fka" | "weak";
                                    lang?: string;
                                    /** @description ISO 15924 script: Latn, Cyrl, Hani, Arab … */
                                    script?: string;
                                    value: string;
                                }[];
                                nationalities: string[];
                                /** @description Set when the entity comes from a partial release: the files it lacked, the fields they feed, and the complete release those fields were carried over from (when there was one) */
                                partial?: {
                                    carriedFrom?: {
                                        releaseDate: string;
                                        releaseId: number;
                                    };
                                    fields: string[];
                                    missing: string[];
                                };
                                programs: string[];
                                properties: {
                                    [key: string]: string[];
                                };
                                releaseId: number;
                                remarks: string[];
                                sanctions: {
                                    authority: string;
                                    endDate?: string;
                                    legalBasis?: string;
                                    list: string;
                                    listedOn?: string;
                                    program?: string;
                                }[];
                                /** @enum {string} */
                                schema: "Person" | "Organization" | "Company" | "Vessel" | "Aircraft";
                                source: {
                                    key: string;
                                    recordId: string;
                                    url?: string;
                                };
                            };
                            history: {
                                /** @description The newest release of the source still holds the entity */
                                current: boolean;
                                events: {
                                    /** @enum {string} */
                                    change: "added" | "changed" | "removed" | "unchanged";
                                    fields?: {
                                        added?: unknown[];
                                        after?: unknown;
                                        before?: unknown;
                                        field: string;
                                        removed?: unknown[];
                                    }[];
                                    releaseDate: string;
                                    releaseId: number;
                                }[];
                                firstSeen: string | null;
                                id: string;
                                lastSeen: string | null;
                            } | null;
                            release: {
                                id: number;
                                releaseDate: string;
                                source: string;
                            } | null;
                        };
                    };
                };
                /** @description Every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
                /** @description Every error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
                /** @description Every error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
                /** @description Every error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the server answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description api-key: send 'Authorization: ApiKey <key>'; open: loopback only, no key
                             * @enum {string}
                             */
                            auth: "api-key" | "open";
                            /** @enum {string} */
                            status: "ok";
                            version: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/match/{dataset}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query-by-example matcher (yente-compatible)
         * @description Match entities by example, like OpenSanctions yente: each key of `queries` holds an example entity
         *     (`schema` and FollowTheMoney-style `properties`: name, alias, firstName/lastName, country or nationality,
         *     birthDate, idNumber, registrationNumber, imoNumber …). The response holds, under the same keys, the
         *     best-scoring listed entities: `score` in [0, 1], `match` true at or above `threshold`, `features`
         *     (name score, qualifiers) and chokepoint's `explanation` (which token met which, and how).
         *
         *     `dataset` is `default` for every loaded list, or a source key such as `us_ofac_sdn`; a key that names no loaded
         *     list (there or in `include_dataset`/`exclude_dataset`) is a 400 naming the loaded ones. Each result is a target: one
         *     designation joined across lists (OFAC entity number, UN reference, strong identifiers), with every list's
         *     listing in `datasets` and the other listings' ids in `referents`.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Only the served algorithm is accepted (name-v4); yente's names are refused */
                    algorithm?: string;
                    /** @description Lowest score returned at all (default: threshold) */
                    cutoff?: number;
                    /** @description Not these sources (loaded keys; others are a 400) */
                    exclude_dataset?: string[];
                    /** @description Ids decided to be false positives: a target id or any of its listings' ids */
                    exclude_entity_ids?: string[];
                    /** @description No results of these schemata */
                    exclude_schema?: string[];
                    /** @description Only these sources (loaded keys; others are a 400) */
                    include_dataset?: string[];
                    /** @description Results per query */
                    limit?: number;
                    /** @description Score at and above which `match` is true (default: the algorithm's, 0.65 for name-v4) */
                    threshold?: number;
                };
                header?: never;
                path: {
                    /** @description `default` for every loaded list, else a source key such as us_ofac_sdn */
                    dataset: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Accepted for yente compatibility; must be empty */
                        config?: {
                            [key: string]: unknown;
                        };
                        queries: {
                            [key: string]: {
                                id?: string;
                                /**
                                 * @description FollowTheMoney-style properties: name, alias, firstName, lastName, country, nationality, jurisdiction, birthDate, idNumber, registrationNumber, imoNumber …
                                 * @example {
                                 *       "name": [
                                 *         "Vladimir Putin"
                                 *       ],
                                 *       "birthDate": [
                                 *         "1952-10-07"
                                 *       ],
                                 *       "nationality": [
                                 *         "ru"
                                 *       ]
                                 *     }
                                 */
                                properties: {
                                    [key: string]: (string | number)[] | string;
                                };
                                /**
                                 * @description Person, Company, Organization, LegalEntity, Vessel, Airplane (or Aircraft)
                                 * @example Person
                                 */
                                schema: string;
                            };
                        };
                        /** @description Accepted for yente compatibility; name-v4 has fixed weights */
                        weights?: {
                            [key: string]: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            limit: number;
                            /** @description The features that make up a score */
                            matcher: {
                                [key: string]: {
                                    coefficient: number;
                                    description: string;
                                    url: string;
                                };
                            };
                            responses: {
                                [key: string]: {
                                    query: {
                                        id?: string;
                                        /**
                                         * @description FollowTheMoney-style properties: name, alias, firstName, lastName, country, nationality, jurisdiction, birthDate, idNumber, registrationNumber, imoNumber …
                                         * @example {
                                         *       "name": [
                                         *         "Vladimir Putin"
                                         *       ],
                                         *       "birthDate": [
                                         *         "1952-10-07"
                                         *       ],
                                         *       "nationality": [
                                         *         "ru"
                                         *       ]
                                         *     }
                                         */
                                        properties: {
                                            [key: string]: (string | number)[] | string;
                                        };
                                        /**
                                         * @description Person, Company, Organization, LegalEntity, Vessel, Airplane (or Aircraft)
                                         * @example Person
                                         */
                                        schema: string;
                                    };
                                    results: {
                                        algorithm: string;
                                        caption: string;
                                        /** @description The sources that list the target */
                                        datasets: string[];
                                        /** @description Which query token met which list token and how; penalties and qualifiers applied */
                                        explanation: {
                                            algorithm: string;
                                            candidate: string;
                                            nameScore: number;
                                            pairs: ({
                                                candidate: string;
                                                candidateSource?: string;
                                                edits?: number;
                                                /** @description exact, transliterated, phonetic, glossary, legal-form, initial, joined, edit-distance … */
                                                how: string;
                                                query: string;
                                                querySource?: string;
                                                similarity: number;
                                                weight: number;
                                            } & {
                                                [key: string]: unknown;
                                            })[];
                                            penalties: ({
                                                detail: string;
                                                factor: number;
                                                name: string;
                                            } & {
                                                [key: string]: unknown;
                                            })[];
                                            qualifiers: ({
                                                adjustment: number;
                                                detail: string;
                                                name: string;
                                            } & {
                                                [key: string]: unknown;
                                            })[];
                                            query: string;
                                            score: number;
                                            unmatchedCandidate: ({
                                                class: string;
                                                source?: string;
                                                token: string;
                                                weight: number;
                                            } & {
                                                [key: string]: unknown;
                                            })[];
                                            unmatchedQuery: ({
                                                class: string;
                                                source?: string;
                                                token: string;
                                                weight: number;
                                            } & {
                                                [key: string]: unknown;
                                            })[];
                                        } & {
                                            [key: string]: unknown;
                                        };
                                        /** @description name: the name score; qualifiers and penalties by name */
                                        features: {
                                            [key: string]: number;
                                        };
                                        /**
                                         * @description Target id: one designation joined across lists
                                         * @example us_ofac_sdn:35096
                                         */
                                        id: string;
                                        listings: {
                                            /** @example us_trade_csl:SSI-17018 */
                                            id: string;
                                            /** @description The entity's sanctions lists */
                                            lists: string[];
                                            recordId: string;
                                            releaseId: number;
                                            source: string;
                                        }[];
                                        /** @description score >= threshold */
                                        match: boolean;
                                        /** @description The listing whose name matched best */
                                        matched_listing: string;
                                        /** @description The name (primary or alias) that matched best */
                                        matched_name: string;
                                        /** @description Every listing's properties, merged */
                                        properties: {
                                            [key: string]: string[];
                                        };
                                        /** @description The target's other listings' ids */
                                        referents: string[];
                                        schema: string;
                                        score: number;
                                        target: boolean;
                                    }[];
                                    /** @example 200 */
                                    status: number;
                                    total: {
                                        /** @description eq, or gte when more results were cut by the limit */
                                        relation: string;
                                        value: number;
                                    };
                                };
                            };
                        };
                    };
                };
                /** @description Every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
                /** @description Every error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
                /** @description Every error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
                /** @description Every error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
                /** @description Every error */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the screening index is built (503 until then, or while no list is loaded) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            index: {
                                algorithm: string | null;
                                building: boolean;
                                buildMs: number | null;
                                builtAt: string | null;
                                entities: number;
                                error: string | null;
                                releases: {
                                    entityCount: number;
                                    id: number;
                                    releaseDate: string;
                                    source: string;
                                }[];
                                /** @enum {string} */
                                state: "building" | "ready" | "empty" | "failed";
                                threshold: number | null;
                            };
                            /** @enum {string} */
                            status: "ready";
                        };
                    };
                };
                /** @description Every error */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/screen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Screen every row of a CSV or XLSX file: returns a job to poll */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** @description Header of the name column */
                        column: string;
                        countryColumn?: string;
                        dobColumn?: string;
                        /**
                         * Format: binary
                         * @description A .csv or .xlsx file, header in the first row
                         */
                        file: string;
                        /** @description Matches per row (default 10) */
                        limit?: string;
                        /** @description Only this source key */
                        source?: string;
                        /** @description 0..1 (default the algorithm's) */
                        threshold?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            algorithm: string;
                            createdAt: string;
                            /** @description Rows screened so far */
                            done: number;
                            error: string | null;
                            file: string;
                            finishedAt: string | null;
                            /** @enum {string} */
                            format: "csv" | "xlsx";
                            /** Format: uuid */
                            id: string;
                            notScreened: {
                                reason: string;
                                /** @description Row in the file (the header is row 1) */
                                row: number;
                            }[];
                            offset: number;
                            /** @description done / total, 0..1 */
                            progress: number;
                            /** @description A page of results (see offset, limit, only) */
                            results: {
                                birthDate?: string;
                                country?: string;
                                matches: {
                                    algorithm: string;
                                    /** @description Which query token met which list token and how; penalties and qualifiers applied */
                                    explanation: {
                                        algorithm: string;
                                        candidate: string;
                                        nameScore: number;
                                        pairs: ({
                                            candidate: string;
                                            candidateSource?: string;
                                            edits?: number;
                                            /** @description exact, transliterated, phonetic, glossary, legal-form, initial, joined, edit-distance … */
                                            how: string;
                                            query: string;
                                            querySource?: string;
                                            similarity: number;
                                            weight: number;
                                        } & {
                                            [key: string]: unknown;
                                        })[];
                                        penalties: ({
                                            detail: string;
                                            factor: number;
                                            name: string;
                                        } & {
                                            [key: string]: unknown;
                                        })[];
                                        qualifiers: ({
                                            adjustment: number;
                                            detail: string;
                                            name: string;
                                        } & {
                                            [key: string]: unknown;
                                        })[];
                                        query: string;
                                        score: number;
                                        unmatchedCandidate: ({
                                            class: string;
                                            source?: string;
                                            token: string;
                                            weight: number;
                                        } & {
                                            [key: string]: unknown;
                                        })[];
                                        unmatchedQuery: ({
                                            class: string;
                                            source?: string;
                                            token: string;
                                            weight: number;
                                        } & {
                                            [key: string]: unknown;
                                        })[];
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    /** @description Target id: the id of its first listing in source order (docs/screening.md, Targets) */
                                    id: string;
                                    /** @description The target's listings among the lists screened */
                                    listings: {
                                        /** @example us_trade_csl:SSI-17018 */
                                        id: string;
                                        /** @description The entity's sanctions lists */
                                        lists: string[];
                                        recordId: string;
                                        releaseId: number;
                                        source: string;
                                    }[];
                                    /** @description Entity id of the listing whose name matched best */
                                    matchedListing: string;
                                    matchedName: string;
                                    name: string;
                                    recordId: string;
                                    releaseId: number;
                                    schema: string;
                                    score: number;
                                    source: string;
                                }[];
                                query: string;
                                row: number;
                            }[];
                            /** @description Results available under `only` */
                            resultsTotal: number;
                            /** @enum {string} */
                            status: "queued" | "running" | "done" | "failed";
                            threshold: number;
                            /** @description Rows to screen */
                            total: number;
                            warnings: {
                                reason: string;
                                /** @description Row in the file (the header is row 1) */
                                row: number;
                            }[];
                            /** @description Rows screened so far with at least one match */
                            withMatches: number;
                        };
                    };
                };
                /** @description Every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
                /** @description Every error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
                /** @description Every error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
                /** @description Every error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
                /** @description Every error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
                /** @description Every error */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/screen/{job}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A batch job's progress and a page of its results */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    /** @description matches: rows with at least one match */
                    only?: "matches" | "all";
                };
                header?: never;
                path: {
                    job: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            algorithm: string;
                            createdAt: string;
                            /** @description Rows screened so far */
                            done: number;
                            error: string | null;
                            file: string;
                            finishedAt: string | null;
                            /** @enum {string} */
                            format: "csv" | "xlsx";
                            /** Format: uuid */
                            id: string;
                            notScreened: {
                                reason: string;
                                /** @description Row in the file (the header is row 1) */
                                row: number;
                            }[];
                            offset: number;
                            /** @description done / total, 0..1 */
                            progress: number;
                            /** @description A page of results (see offset, limit, only) */
                            results: {
                                birthDate?: string;
                                country?: string;
                                matches: {
                                    algorithm: string;
                                    /** @description Which query token met which list token and how; penalties and qualifiers applied */
                                    explanation: {
                                        algorithm: string;
                                        candidate: string;
                                        nameScore: number;
                                        pairs: ({
                                            candidate: string;
                                            candidateSource?: string;
                                            edits?: number;
                                            /** @description exact, transliterated, phonetic, glossary, legal-form, initial, joined, edit-distance … */
                                            how: string;
                                            query: string;
                                            querySource?: string;
                                            similarity: number;
                                            weight: number;
                                        } & {
                                            [key: string]: unknown;
                                        })[];
                                        penalties: ({
                                            detail: string;
                                            factor: number;
                                            name: string;
                                        } & {
                                            [key: string]: unknown;
                                        })[];
                                        qualifiers: ({
                                            adjustment: number;
                                            detail: string;
                                            name: string;
                                        } & {
                                            [key: string]: unknown;
                                        })[];
                                        query: string;
                                        score: number;
                                        unmatchedCandidate: ({
                                            class: string;
                                            source?: string;
                                            token: string;
                                            weight: number;
                                        } & {
                                            [key: string]: unknown;
                                        })[];
                                        unmatchedQuery: ({
                                            class: string;
                                            source?: string;
                                            token: string;
                                            weight: number;
                                        } & {
                                            [key: string]: unknown;
                                        })[];
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    /** @description Target id: the id of its first listing in source order (docs/screening.md, Targets) */
                                    id: string;
                                    /** @description The target's listings among the lists screened */
                                    listings: {
                                        /** @example us_trade_csl:SSI-17018 */
                                        id: string;
                                        /** @description The entity's sanctions lists */
                                        lists: string[];
                                        recordId: string;
                                        releaseId: number;
                                        source: string;
                                    }[];
                                    /** @description Entity id of the listing whose name matched best */
                                    matchedListing: string;
                                    matchedName: string;
                                    name: string;
                                    recordId: string;
                                    releaseId: number;
                                    schema: string;
                                    score: number;
                                    source: string;
                                }[];
                                query: string;
                                row: number;
                            }[];
                            /** @description Results available under `only` */
                            resultsTotal: number;
                            /** @enum {string} */
                            status: "queued" | "running" | "done" | "failed";
                            threshold: number;
                            /** @description Rows to screen */
                            total: number;
                            warnings: {
                                reason: string;
                                /** @description Row in the file (the header is row 1) */
                                row: number;
                            }[];
                            /** @description Rows screened so far with at least one match */
                            withMatches: number;
                        };
                    };
                };
                /** @description Every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
                /** @description Every error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
                /** @description Every error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
                /** @description Every error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/screen/{job}/report.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The job's report as CSV: one line per match, per row without one, and per row not screened */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    job: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV report */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Every error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
                /** @description Every error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
                /** @description Every error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Targets whose listed names resemble `q` (any script), best first; an unloaded `dataset` is a 400 */
        get: {
            parameters: {
                query: {
                    /** @description A source key; default all */
                    dataset?: string;
                    limit?: number;
                    /** @description A name in any script */
                    q: string;
                    schema?: "Person" | "Organization" | "Company" | "Vessel" | "Aircraft";
                    /** @description Lowest score returned (default 0.5) */
                    threshold?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            query: string;
                            results: {
                                caption: string;
                                datasets: string[];
                                id: string;
                                listings: {
                                    /** @example us_trade_csl:SSI-17018 */
                                    id: string;
                                    /** @description The entity's sanctions lists */
                                    lists: string[];
                                    recordId: string;
                                    releaseId: number;
                                    source: string;
                                }[];
                                matchedListing: string;
                                matchedName: string;
                                schema: string;
                                score: number;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
                /** @description Every error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
                /** @description Every error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
                /** @description Every error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
                /** @description Every error */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The lists: each source, its releases and the newest one's counts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sources: {
                                authority: string;
                                /** @description Entities in the newest release */
                                entityCount: number;
                                homepage: string | null;
                                /** @description The screening index holds the newest release */
                                indexed: boolean;
                                key: string;
                                latest: {
                                    /** @description The complete release whose facts for the missing files were carried over */
                                    carriedFrom?: number;
                                    contentHash: string;
                                    counts: {
                                        [key: string]: number;
                                    };
                                    /**
                                     * @description filename-month: only a year and month were in the name, the day (the 1st) is a guess
                                     * @enum {string}
                                     */
                                    dateBasis: "file" | "flag" | "filename" | "filename-month" | "fetched";
                                    entityCount: number;
                                    fetchedAt: string;
                                    files: {
                                        name: string;
                                        sha256: string;
                                        size: number;
                                    }[];
                                    format: string;
                                    id: number;
                                    importedAt: string;
                                    /** @description A partial release: the files a complete release has and this one lacks */
                                    missing?: string[];
                                    /** @description Where the bytes came from: a path or URL */
                                    origin: string;
                                    publishedAt?: string;
                                    releaseDate: string;
                                    source: string;
                                } | null;
                                loaded: boolean;
                                releases: {
                                    entityCount: number;
                                    id: number;
                                    releaseDate: string;
                                }[];
                                title: string;
                            }[];
                        };
                    };
                };
                /** @description Every error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
                /** @description Every error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trade/flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Firm-level red flags on the customs records, as `chokepoint trade flags` gives them */
        get: {
            parameters: {
                query?: {
                    /** @description Records on or after (YYYY, YYYY-MM or YYYY-MM-DD) */
                    from?: string;
                    /** @description Only records under these codes (CHPL, tier:N, codes) */
                    hs?: string;
                    /** @description Flags returned at most */
                    limit?: number;
                    party?: "consignee" | "consignor" | "declarant";
                    /** @description Only these rules, comma-separated */
                    rules?: string;
                    /** @description Records on or before */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            flags: {
                                evidence: {
                                    [key: string]: unknown;
                                };
                                firm: string | null;
                                /** @description Records that make the case */
                                records: number;
                                rule: string;
                                summary: string;
                            }[];
                            /** @description Customs records read; 0 means none are loaded for the selection */
                            records: number;
                            rules: {
                                description: string;
                                id: string;
                            }[];
                            /** @description Flags found (before limit) */
                            total: number;
                        };
                    };
                };
                /** @description Every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
                /** @description Every error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
                /** @description Every error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trade/growth": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A period against the mean of baseline years, one row per partner (third-country growth) */
        get: {
            parameters: {
                query: {
                    /** @description YYYY-YYYY */
                    baseline?: string;
                    currency?: string;
                    flow?: "export" | "import";
                    /** @description TOTAL, CHPL, tier:1 … tier:4.B, or HS codes such as 8542,854800 */
                    hs?: string;
                    /** @description Count pre-2022 codes that only partly became CHPL codes in full */
                    includePartial?: boolean;
                    /** @description Countries or aggregates, comma-separated: ISO codes or names, EU27, EU, EA20, EAEU, WORLD */
                    partner: string;
                    /** @description YYYY, or YYYY-MM against the same month of the baseline years */
                    period: string;
                    /** @description One country or aggregate, e.g. EU27 */
                    reporter: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            currency: string;
                            /** @enum {string} */
                            flow: "export" | "import";
                            hs: string;
                            notes: string[];
                            rows: {
                                baseline: {
                                    /** @description For a year built from months: how many months it sums */
                                    months?: number;
                                    period: string;
                                    value: number | null;
                                }[];
                                baselineMean: number | null;
                                growth: number | null;
                                notes: string[];
                                partner: string;
                                period: string;
                                reporter: string;
                                value: number | null;
                            }[];
                        };
                    };
                };
                /** @description Every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
                /** @description Every error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
                /** @description Every error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trade/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Imported trade files (statistics and customs records) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            imports: {
                                fileName: string;
                                format: string;
                                id: number;
                                importedAt: string;
                                /** @enum {string} */
                                kind: "flows" | "customs";
                                rowCount: number;
                                sha256: string;
                                /** @description Rows the importer did not take */
                                skipped: number;
                            }[];
                        };
                    };
                };
                /** @description Every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
                /** @description Every error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
                /** @description Every error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trade/mirror": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mirror gap: exporter-reported exports against importer-reported imports of the same trade */
        get: {
            parameters: {
                query: {
                    currency?: string;
                    /** @description One country or aggregate, e.g. EU27 */
                    exporter: string;
                    freq?: "month" | "year";
                    from?: string;
                    /** @description TOTAL, CHPL, tier:1 … tier:4.B, or HS codes such as 8542,854800 */
                    hs?: string;
                    /** @description One country, e.g. KG */
                    importer: string;
                    /** @description Count pre-2022 codes that only partly became CHPL codes in full */
                    includePartial?: boolean;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            currency: string;
                            exporter: string;
                            hs: string;
                            importer: string;
                            notes: string[];
                            rows: {
                                exports: number | null;
                                gap: number | null;
                                imports: number | null;
                                months?: {
                                    exports?: number;
                                    imports?: number;
                                };
                                period: string;
                                ratio: number | null;
                            }[];
                        };
                    };
                };
                /** @description Every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
                /** @description Every error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
                /** @description Every error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trade/reexport": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Re-export ratio of an intermediary: its exports to a destination over its imports from sources */
        get: {
            parameters: {
                query: {
                    currency?: string;
                    /** @description Where they go on to, e.g. RU */
                    destination: string;
                    freq?: "month" | "year";
                    from?: string;
                    /** @description TOTAL, CHPL, tier:1 … tier:4.B, or HS codes such as 8542,854800 */
                    hs?: string;
                    /** @description Count pre-2022 codes that only partly became CHPL codes in full */
                    includePartial?: boolean;
                    /** @description Where goods come from. Countries or aggregates, comma-separated: ISO codes or names, EU27, EU, EA20, EAEU, WORLD */
                    sources: string;
                    to?: string;
                    /** @description The intermediary, e.g. KG */
                    via: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            currency: string;
                            destination: string;
                            hs: string;
                            intermediary: string;
                            notes: string[];
                            rows: {
                                inflow: number | null;
                                inflowBasis: ("reported" | "mirror") | null;
                                months?: {
                                    inflow?: number;
                                    outflow?: number;
                                };
                                outflow: number | null;
                                outflowBasis: ("reported" | "mirror") | null;
                                period: string;
                                ratio: number | null;
                            }[];
                            sources: string[];
                        };
                    };
                };
                /** @description Every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
                /** @description Every error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
                /** @description Every error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trade/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Values by month or year for each reporter → partner route */
        get: {
            parameters: {
                query: {
                    currency?: string;
                    flow?: "export" | "import" | "total";
                    freq?: "month" | "year";
                    from?: string;
                    /** @description TOTAL, CHPL, tier:1 … tier:4.B, or HS codes such as 8542,854800 */
                    hs?: string;
                    /** @description Count pre-2022 codes that only partly became CHPL codes in full */
                    includePartial?: boolean;
                    /** @description Countries or aggregates, comma-separated: ISO codes or names, EU27, EU, EA20, EAEU, WORLD */
                    partner: string;
                    /** @description Countries or aggregates, comma-separated: ISO codes or names, EU27, EU, EA20, EAEU, WORLD */
                    reporter: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            currency: string;
                            /** @enum {string} */
                            freq: "month" | "year";
                            hs: string;
                            notes: string[];
                            series: {
                                /** @enum {string} */
                                flow: "export" | "import" | "total";
                                partner: string;
                                points: {
                                    /** @description For a year built from months: how many months it sums */
                                    months?: number;
                                    period: string;
                                    value: number | null;
                                }[];
                                reporter: string;
                            }[];
                        };
                    };
                };
                /** @description Every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
                /** @description Every error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
                /** @description Every error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trade/shares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Shares by origin of a destination's imports in a period */
        get: {
            parameters: {
                query: {
                    /** @description reported: the destination's imports; mirror: partners' exports */
                    basis?: "reported" | "mirror";
                    currency?: string;
                    /** @description The importing country, e.g. RU */
                    destination: string;
                    /** @description TOTAL, CHPL, tier:1 … tier:4.B, or HS codes such as 8542,854800 */
                    hs?: string;
                    /** @description Count pre-2022 codes that only partly became CHPL codes in full */
                    includePartial?: boolean;
                    period: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            basis: "reported" | "mirror";
                            currency: string;
                            destination: string;
                            hs: string;
                            notes: string[];
                            period: string;
                            rows: {
                                months?: number;
                                origin: string;
                                share: number;
                                value: number;
                            }[];
                            total: number;
                            totalFrom: string;
                        };
                    };
                };
                /** @description Every error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
                /** @description Every error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
                /** @description Every error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example invalid API key */
                            detail: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
