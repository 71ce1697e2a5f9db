// GENERATED FILE - DO NOT EDIT.
// Source: schemas/ (repository root); generator: packages/core/scripts/codegen.mjs.
// To update: run `npm run codegen`.
// @ts-nocheck
/* eslint-disable */
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
("use strict");
export const CheckResult = validate10;
const schema11 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://aiperf-ts.github.io/schemas/check-result.schema.json",
  type: "object",
  additionalProperties: false,
  required: ["schemaVersion", "kind", "run", "thresholds", "passed"],
  properties: {
    schemaVersion: { const: "1.0" },
    kind: { const: "check" },
    run: { $ref: "run-description.schema.json" },
    thresholds: { type: "array", items: { $ref: "threshold-outcome.schema.json" } },
    passed: { type: "boolean" },
  },
};
const schema15 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://aiperf-ts.github.io/schemas/threshold-outcome.schema.json",
  type: "object",
  additionalProperties: false,
  required: [
    "expression",
    "origin",
    "metric",
    "stat",
    "op",
    "limit",
    "unit",
    "relative",
    "candidate",
    "baseline",
    "value",
    "actual",
    "passed",
  ],
  properties: {
    expression: { type: "string" },
    origin: { type: "string" },
    metric: { type: "string" },
    stat: { type: "string" },
    op: { enum: ["<", "<=", ">", ">="] },
    limit: { type: "number" },
    unit: { type: "string" },
    relative: { enum: ["percent", "delta", null] },
    candidate: { type: ["integer", "null"] },
    baseline: { type: ["number", "null"] },
    value: { type: "number" },
    actual: { type: ["number", "null"] },
    passed: { type: "boolean" },
  },
};
const schema12 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://aiperf-ts.github.io/schemas/run-description.schema.json",
  type: "object",
  additionalProperties: false,
  required: ["label", "source", "records", "provenance"],
  properties: {
    label: { type: "string" },
    source: { enum: ["records", "summary"] },
    records: {
      oneOf: [
        {
          type: "object",
          additionalProperties: false,
          required: ["counted", "errors"],
          properties: {
            counted: { type: "integer", minimum: 0 },
            errors: { type: "integer", minimum: 0 },
          },
        },
        { type: "null" },
      ],
    },
    provenance: { type: "array", items: { $ref: "#/definitions/provenanceValue" } },
  },
  definitions: {
    provenanceField: {
      enum: [
        "aiperfVersion",
        "producer",
        "model",
        "endpointType",
        "streaming",
        "concurrency",
        "requestRate",
        "isl",
        "osl",
      ],
    },
    provenanceValue: {
      type: "object",
      additionalProperties: false,
      required: ["field", "value", "source"],
      properties: {
        field: { $ref: "#/definitions/provenanceField" },
        value: { type: ["string", "number", "boolean"] },
        source: { enum: ["summary", "input_config", "cli_command", "records"] },
      },
    },
  },
};
const schema13 = {
  type: "object",
  additionalProperties: false,
  required: ["field", "value", "source"],
  properties: {
    field: { $ref: "#/definitions/provenanceField" },
    value: { type: ["string", "number", "boolean"] },
    source: { enum: ["summary", "input_config", "cli_command", "records"] },
  },
};
const schema14 = {
  enum: [
    "aiperfVersion",
    "producer",
    "model",
    "endpointType",
    "streaming",
    "concurrency",
    "requestRate",
    "isl",
    "osl",
  ],
};
function validate12(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.field === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "field" },
        message: "must have required property '" + "field" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.value === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "value" },
        message: "must have required property '" + "value" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.source === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "source" },
        message: "must have required property '" + "source" + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "field" || key0 === "value" || key0 === "source")) {
        const err3 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.field !== undefined) {
      let data0 = data.field;
      if (!(
        data0 === "aiperfVersion" ||
        data0 === "producer" ||
        data0 === "model" ||
        data0 === "endpointType" ||
        data0 === "streaming" ||
        data0 === "concurrency" ||
        data0 === "requestRate" ||
        data0 === "isl" ||
        data0 === "osl"
      )) {
        const err4 = {
          instancePath: instancePath + "/field",
          schemaPath: "#/definitions/provenanceField/enum",
          keyword: "enum",
          params: { allowedValues: schema14.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.value !== undefined) {
      let data1 = data.value;
      if (
        typeof data1 !== "string" &&
        !(typeof data1 == "number" && isFinite(data1)) &&
        typeof data1 !== "boolean"
      ) {
        const err5 = {
          instancePath: instancePath + "/value",
          schemaPath: "#/properties/value/type",
          keyword: "type",
          params: { type: schema13.properties.value.type },
          message: "must be string,number,boolean",
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.source !== undefined) {
      let data2 = data.source;
      if (!(
        data2 === "summary" ||
        data2 === "input_config" ||
        data2 === "cli_command" ||
        data2 === "records"
      )) {
        const err6 = {
          instancePath: instancePath + "/source",
          schemaPath: "#/properties/source/enum",
          keyword: "enum",
          params: { allowedValues: schema13.properties.source.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
function validate11(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://aiperf-ts.github.io/schemas/run-description.schema.json" */ let vErrors =
    null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.label === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "label" },
        message: "must have required property '" + "label" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.source === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "source" },
        message: "must have required property '" + "source" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.records === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "records" },
        message: "must have required property '" + "records" + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.provenance === undefined) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "provenance" },
        message: "must have required property '" + "provenance" + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "label" || key0 === "source" || key0 === "records" || key0 === "provenance")) {
        const err4 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.label !== undefined) {
      if (typeof data.label !== "string") {
        const err5 = {
          instancePath: instancePath + "/label",
          schemaPath: "#/properties/label/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.source !== undefined) {
      let data1 = data.source;
      if (!(data1 === "records" || data1 === "summary")) {
        const err6 = {
          instancePath: instancePath + "/source",
          schemaPath: "#/properties/source/enum",
          keyword: "enum",
          params: { allowedValues: schema12.properties.source.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.records !== undefined) {
      let data2 = data.records;
      const _errs6 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs7 = errors;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.counted === undefined) {
          const err7 = {
            instancePath: instancePath + "/records",
            schemaPath: "#/properties/records/oneOf/0/required",
            keyword: "required",
            params: { missingProperty: "counted" },
            message: "must have required property '" + "counted" + "'",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data2.errors === undefined) {
          const err8 = {
            instancePath: instancePath + "/records",
            schemaPath: "#/properties/records/oneOf/0/required",
            keyword: "required",
            params: { missingProperty: "errors" },
            message: "must have required property '" + "errors" + "'",
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "counted" || key1 === "errors")) {
            const err9 = {
              instancePath: instancePath + "/records",
              schemaPath: "#/properties/records/oneOf/0/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties",
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data2.counted !== undefined) {
          let data3 = data2.counted;
          if (!(typeof data3 == "number" && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
            const err10 = {
              instancePath: instancePath + "/records/counted",
              schemaPath: "#/properties/records/oneOf/0/properties/counted/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer",
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          if (typeof data3 == "number" && isFinite(data3)) {
            if (data3 < 0 || isNaN(data3)) {
              const err11 = {
                instancePath: instancePath + "/records/counted",
                schemaPath: "#/properties/records/oneOf/0/properties/counted/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 0 },
                message: "must be >= 0",
              };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
        }
        if (data2.errors !== undefined) {
          let data4 = data2.errors;
          if (!(typeof data4 == "number" && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
            const err12 = {
              instancePath: instancePath + "/records/errors",
              schemaPath: "#/properties/records/oneOf/0/properties/errors/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer",
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          if (typeof data4 == "number" && isFinite(data4)) {
            if (data4 < 0 || isNaN(data4)) {
              const err13 = {
                instancePath: instancePath + "/records/errors",
                schemaPath: "#/properties/records/oneOf/0/properties/errors/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 0 },
                message: "must be >= 0",
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          }
        }
      } else {
        const err14 = {
          instancePath: instancePath + "/records",
          schemaPath: "#/properties/records/oneOf/0/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var _valid0 = _errs7 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
      }
      const _errs14 = errors;
      if (data2 !== null) {
        const err15 = {
          instancePath: instancePath + "/records",
          schemaPath: "#/properties/records/oneOf/1/type",
          keyword: "type",
          params: { type: "null" },
          message: "must be null",
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      var _valid0 = _errs14 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
      }
      if (!valid1) {
        const err16 = {
          instancePath: instancePath + "/records",
          schemaPath: "#/properties/records/oneOf",
          keyword: "oneOf",
          params: { passingSchemas: passing0 },
          message: "must match exactly one schema in oneOf",
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      } else {
        errors = _errs6;
        if (vErrors !== null) {
          if (_errs6) {
            vErrors.length = _errs6;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.provenance !== undefined) {
      let data5 = data.provenance;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate12(data5[i0], {
              instancePath: instancePath + "/provenance/" + i0,
              parentData: data5,
              parentDataProperty: i0,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err17 = {
          instancePath: instancePath + "/provenance",
          schemaPath: "#/properties/provenance/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
const func2 = Object.prototype.hasOwnProperty;
function validate10(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://aiperf-ts.github.io/schemas/check-result.schema.json" */ let vErrors =
    null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schemaVersion === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "schemaVersion" },
        message: "must have required property '" + "schemaVersion" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "kind" },
        message: "must have required property '" + "kind" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.run === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "run" },
        message: "must have required property '" + "run" + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.thresholds === undefined) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "thresholds" },
        message: "must have required property '" + "thresholds" + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.passed === undefined) {
      const err4 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "passed" },
        message: "must have required property '" + "passed" + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === "schemaVersion" ||
        key0 === "kind" ||
        key0 === "run" ||
        key0 === "thresholds" ||
        key0 === "passed"
      )) {
        const err5 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.schemaVersion !== undefined) {
      if ("1.0" !== data.schemaVersion) {
        const err6 = {
          instancePath: instancePath + "/schemaVersion",
          schemaPath: "#/properties/schemaVersion/const",
          keyword: "const",
          params: { allowedValue: "1.0" },
          message: "must be equal to constant",
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.kind !== undefined) {
      if ("check" !== data.kind) {
        const err7 = {
          instancePath: instancePath + "/kind",
          schemaPath: "#/properties/kind/const",
          keyword: "const",
          params: { allowedValue: "check" },
          message: "must be equal to constant",
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.run !== undefined) {
      if (
        !validate11(data.run, {
          instancePath: instancePath + "/run",
          parentData: data,
          parentDataProperty: "run",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
    if (data.thresholds !== undefined) {
      let data3 = data.thresholds;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            if (data4.expression === undefined) {
              const err8 = {
                instancePath: instancePath + "/thresholds/" + i0,
                schemaPath: "threshold-outcome.schema.json/required",
                keyword: "required",
                params: { missingProperty: "expression" },
                message: "must have required property '" + "expression" + "'",
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (data4.origin === undefined) {
              const err9 = {
                instancePath: instancePath + "/thresholds/" + i0,
                schemaPath: "threshold-outcome.schema.json/required",
                keyword: "required",
                params: { missingProperty: "origin" },
                message: "must have required property '" + "origin" + "'",
              };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (data4.metric === undefined) {
              const err10 = {
                instancePath: instancePath + "/thresholds/" + i0,
                schemaPath: "threshold-outcome.schema.json/required",
                keyword: "required",
                params: { missingProperty: "metric" },
                message: "must have required property '" + "metric" + "'",
              };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (data4.stat === undefined) {
              const err11 = {
                instancePath: instancePath + "/thresholds/" + i0,
                schemaPath: "threshold-outcome.schema.json/required",
                keyword: "required",
                params: { missingProperty: "stat" },
                message: "must have required property '" + "stat" + "'",
              };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            if (data4.op === undefined) {
              const err12 = {
                instancePath: instancePath + "/thresholds/" + i0,
                schemaPath: "threshold-outcome.schema.json/required",
                keyword: "required",
                params: { missingProperty: "op" },
                message: "must have required property '" + "op" + "'",
              };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (data4.limit === undefined) {
              const err13 = {
                instancePath: instancePath + "/thresholds/" + i0,
                schemaPath: "threshold-outcome.schema.json/required",
                keyword: "required",
                params: { missingProperty: "limit" },
                message: "must have required property '" + "limit" + "'",
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (data4.unit === undefined) {
              const err14 = {
                instancePath: instancePath + "/thresholds/" + i0,
                schemaPath: "threshold-outcome.schema.json/required",
                keyword: "required",
                params: { missingProperty: "unit" },
                message: "must have required property '" + "unit" + "'",
              };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (data4.relative === undefined) {
              const err15 = {
                instancePath: instancePath + "/thresholds/" + i0,
                schemaPath: "threshold-outcome.schema.json/required",
                keyword: "required",
                params: { missingProperty: "relative" },
                message: "must have required property '" + "relative" + "'",
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (data4.candidate === undefined) {
              const err16 = {
                instancePath: instancePath + "/thresholds/" + i0,
                schemaPath: "threshold-outcome.schema.json/required",
                keyword: "required",
                params: { missingProperty: "candidate" },
                message: "must have required property '" + "candidate" + "'",
              };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (data4.baseline === undefined) {
              const err17 = {
                instancePath: instancePath + "/thresholds/" + i0,
                schemaPath: "threshold-outcome.schema.json/required",
                keyword: "required",
                params: { missingProperty: "baseline" },
                message: "must have required property '" + "baseline" + "'",
              };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data4.value === undefined) {
              const err18 = {
                instancePath: instancePath + "/thresholds/" + i0,
                schemaPath: "threshold-outcome.schema.json/required",
                keyword: "required",
                params: { missingProperty: "value" },
                message: "must have required property '" + "value" + "'",
              };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (data4.actual === undefined) {
              const err19 = {
                instancePath: instancePath + "/thresholds/" + i0,
                schemaPath: "threshold-outcome.schema.json/required",
                keyword: "required",
                params: { missingProperty: "actual" },
                message: "must have required property '" + "actual" + "'",
              };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data4.passed === undefined) {
              const err20 = {
                instancePath: instancePath + "/thresholds/" + i0,
                schemaPath: "threshold-outcome.schema.json/required",
                keyword: "required",
                params: { missingProperty: "passed" },
                message: "must have required property '" + "passed" + "'",
              };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            for (const key1 in data4) {
              if (!func2.call(schema15.properties, key1)) {
                const err21 = {
                  instancePath: instancePath + "/thresholds/" + i0,
                  schemaPath: "threshold-outcome.schema.json/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key1 },
                  message: "must NOT have additional properties",
                };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data4.expression !== undefined) {
              if (typeof data4.expression !== "string") {
                const err22 = {
                  instancePath: instancePath + "/thresholds/" + i0 + "/expression",
                  schemaPath: "threshold-outcome.schema.json/properties/expression/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data4.origin !== undefined) {
              if (typeof data4.origin !== "string") {
                const err23 = {
                  instancePath: instancePath + "/thresholds/" + i0 + "/origin",
                  schemaPath: "threshold-outcome.schema.json/properties/origin/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data4.metric !== undefined) {
              if (typeof data4.metric !== "string") {
                const err24 = {
                  instancePath: instancePath + "/thresholds/" + i0 + "/metric",
                  schemaPath: "threshold-outcome.schema.json/properties/metric/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data4.stat !== undefined) {
              if (typeof data4.stat !== "string") {
                const err25 = {
                  instancePath: instancePath + "/thresholds/" + i0 + "/stat",
                  schemaPath: "threshold-outcome.schema.json/properties/stat/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data4.op !== undefined) {
              let data9 = data4.op;
              if (!(data9 === "<" || data9 === "<=" || data9 === ">" || data9 === ">=")) {
                const err26 = {
                  instancePath: instancePath + "/thresholds/" + i0 + "/op",
                  schemaPath: "threshold-outcome.schema.json/properties/op/enum",
                  keyword: "enum",
                  params: { allowedValues: schema15.properties.op.enum },
                  message: "must be equal to one of the allowed values",
                };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data4.limit !== undefined) {
              let data10 = data4.limit;
              if (!(typeof data10 == "number" && isFinite(data10))) {
                const err27 = {
                  instancePath: instancePath + "/thresholds/" + i0 + "/limit",
                  schemaPath: "threshold-outcome.schema.json/properties/limit/type",
                  keyword: "type",
                  params: { type: "number" },
                  message: "must be number",
                };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data4.unit !== undefined) {
              if (typeof data4.unit !== "string") {
                const err28 = {
                  instancePath: instancePath + "/thresholds/" + i0 + "/unit",
                  schemaPath: "threshold-outcome.schema.json/properties/unit/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data4.relative !== undefined) {
              let data12 = data4.relative;
              if (!(data12 === "percent" || data12 === "delta" || data12 === null)) {
                const err29 = {
                  instancePath: instancePath + "/thresholds/" + i0 + "/relative",
                  schemaPath: "threshold-outcome.schema.json/properties/relative/enum",
                  keyword: "enum",
                  params: { allowedValues: schema15.properties.relative.enum },
                  message: "must be equal to one of the allowed values",
                };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data4.candidate !== undefined) {
              let data13 = data4.candidate;
              if (
                !(
                  typeof data13 == "number" &&
                  !(data13 % 1) &&
                  !isNaN(data13) &&
                  isFinite(data13)
                ) &&
                data13 !== null
              ) {
                const err30 = {
                  instancePath: instancePath + "/thresholds/" + i0 + "/candidate",
                  schemaPath: "threshold-outcome.schema.json/properties/candidate/type",
                  keyword: "type",
                  params: { type: schema15.properties.candidate.type },
                  message: "must be integer,null",
                };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data4.baseline !== undefined) {
              let data14 = data4.baseline;
              if (!(typeof data14 == "number" && isFinite(data14)) && data14 !== null) {
                const err31 = {
                  instancePath: instancePath + "/thresholds/" + i0 + "/baseline",
                  schemaPath: "threshold-outcome.schema.json/properties/baseline/type",
                  keyword: "type",
                  params: { type: schema15.properties.baseline.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data4.value !== undefined) {
              let data15 = data4.value;
              if (!(typeof data15 == "number" && isFinite(data15))) {
                const err32 = {
                  instancePath: instancePath + "/thresholds/" + i0 + "/value",
                  schemaPath: "threshold-outcome.schema.json/properties/value/type",
                  keyword: "type",
                  params: { type: "number" },
                  message: "must be number",
                };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data4.actual !== undefined) {
              let data16 = data4.actual;
              if (!(typeof data16 == "number" && isFinite(data16)) && data16 !== null) {
                const err33 = {
                  instancePath: instancePath + "/thresholds/" + i0 + "/actual",
                  schemaPath: "threshold-outcome.schema.json/properties/actual/type",
                  keyword: "type",
                  params: { type: schema15.properties.actual.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data4.passed !== undefined) {
              if (typeof data4.passed !== "boolean") {
                const err34 = {
                  instancePath: instancePath + "/thresholds/" + i0 + "/passed",
                  schemaPath: "threshold-outcome.schema.json/properties/passed/type",
                  keyword: "type",
                  params: { type: "boolean" },
                  message: "must be boolean",
                };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
          } else {
            const err35 = {
              instancePath: instancePath + "/thresholds/" + i0,
              schemaPath: "threshold-outcome.schema.json/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
            };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
      } else {
        const err36 = {
          instancePath: instancePath + "/thresholds",
          schemaPath: "#/properties/thresholds/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.passed !== undefined) {
      if (typeof data.passed !== "boolean") {
        const err37 = {
          instancePath: instancePath + "/passed",
          schemaPath: "#/properties/passed/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
        };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
  } else {
    const err38 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err38];
    } else {
      vErrors.push(err38);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
export const CompareResult = validate15;
const schema16 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://aiperf-ts.github.io/schemas/compare-result.schema.json",
  type: "object",
  additionalProperties: false,
  required: [
    "schemaVersion",
    "kind",
    "options",
    "baseline",
    "candidates",
    "metrics",
    "thresholds",
    "passed",
    "notes",
  ],
  properties: {
    schemaVersion: { const: "1.0" },
    kind: { const: "compare" },
    options: {
      type: "object",
      additionalProperties: false,
      required: ["confidence", "noise", "seed", "resamples", "minSamples", "intervals"],
      properties: {
        confidence: { type: "number" },
        noise: { type: "number" },
        seed: { type: "integer" },
        resamples: { type: "integer" },
        minSamples: { type: "integer" },
        intervals: { const: "bootstrap-se-bonferroni" },
      },
    },
    baseline: { $ref: "run-description.schema.json" },
    candidates: { type: "array", minItems: 1, items: { $ref: "#/definitions/candidate" } },
    metrics: { type: "array", items: { $ref: "#/definitions/metricComparison" } },
    thresholds: { type: "array", items: { $ref: "threshold-outcome.schema.json" } },
    passed: { type: "boolean" },
    notes: { type: "array", items: { type: "string" } },
  },
  definitions: {
    verdict: { enum: ["better", "worse", "unchanged", "changed", "untested", "absent"] },
    candidate: {
      type: "object",
      additionalProperties: false,
      required: [
        "run",
        "significance",
        "tested",
        "z",
        "provenanceWarnings",
        "regressions",
        "improvements",
        "thresholdsFailed",
        "passed",
      ],
      properties: {
        run: { $ref: "run-description.schema.json" },
        significance: { enum: ["bootstrap", "none"] },
        tested: { type: "integer", minimum: 0 },
        z: { type: ["number", "null"] },
        provenanceWarnings: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["field", "baseline", "candidate", "message"],
            properties: {
              field: { $ref: "run-description.schema.json#/definitions/provenanceField" },
              baseline: { type: ["string", "number", "boolean"] },
              candidate: { type: ["string", "number", "boolean"] },
              message: { type: "string" },
            },
          },
        },
        regressions: { type: "integer", minimum: 0 },
        improvements: { type: "integer", minimum: 0 },
        thresholdsFailed: { type: "integer", minimum: 0 },
        passed: { type: "boolean" },
      },
    },
    mannWhitney: {
      type: "object",
      additionalProperties: false,
      required: ["u", "superiority", "z", "p"],
      properties: {
        u: { type: "number" },
        superiority: { type: "number" },
        z: { type: "number" },
        p: { type: "number" },
      },
    },
    metricCandidate: {
      type: "object",
      additionalProperties: false,
      required: ["tag", "count", "mannWhitney", "verdict"],
      properties: {
        tag: { type: ["string", "null"] },
        count: { type: ["integer", "null"] },
        mannWhitney: { oneOf: [{ $ref: "#/definitions/mannWhitney" }, { type: "null" }] },
        verdict: { $ref: "#/definitions/verdict" },
      },
    },
    statCell: {
      type: "object",
      additionalProperties: false,
      required: ["value", "delta", "deltaPercent", "ci", "verdict"],
      properties: {
        value: { type: ["number", "null"] },
        delta: { type: ["number", "null"] },
        deltaPercent: { type: ["number", "null"] },
        ci: {
          oneOf: [
            {
              type: "object",
              additionalProperties: false,
              required: ["low", "high"],
              properties: { low: { type: "number" }, high: { type: "number" } },
            },
            { type: "null" },
          ],
        },
        verdict: { $ref: "#/definitions/verdict" },
      },
    },
    metricComparison: {
      type: "object",
      additionalProperties: false,
      required: [
        "tag",
        "header",
        "unit",
        "direction",
        "list",
        "baselineCount",
        "candidates",
        "stats",
      ],
      properties: {
        tag: { type: "string" },
        header: { type: "string" },
        unit: { type: "string" },
        direction: { enum: ["lower", "higher", "none"] },
        list: { type: "boolean" },
        baselineCount: { type: ["integer", "null"] },
        candidates: { type: "array", items: { $ref: "#/definitions/metricCandidate" } },
        stats: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["stat", "baseline", "candidates"],
            properties: {
              stat: { type: "string" },
              baseline: { type: "number" },
              candidates: { type: "array", items: { $ref: "#/definitions/statCell" } },
            },
          },
        },
      },
    },
  },
};
const schema17 = {
  type: "object",
  additionalProperties: false,
  required: [
    "run",
    "significance",
    "tested",
    "z",
    "provenanceWarnings",
    "regressions",
    "improvements",
    "thresholdsFailed",
    "passed",
  ],
  properties: {
    run: { $ref: "run-description.schema.json" },
    significance: { enum: ["bootstrap", "none"] },
    tested: { type: "integer", minimum: 0 },
    z: { type: ["number", "null"] },
    provenanceWarnings: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["field", "baseline", "candidate", "message"],
        properties: {
          field: { $ref: "run-description.schema.json#/definitions/provenanceField" },
          baseline: { type: ["string", "number", "boolean"] },
          candidate: { type: ["string", "number", "boolean"] },
          message: { type: "string" },
        },
      },
    },
    regressions: { type: "integer", minimum: 0 },
    improvements: { type: "integer", minimum: 0 },
    thresholdsFailed: { type: "integer", minimum: 0 },
    passed: { type: "boolean" },
  },
};
function validate17(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.run === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "run" },
        message: "must have required property '" + "run" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.significance === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "significance" },
        message: "must have required property '" + "significance" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.tested === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "tested" },
        message: "must have required property '" + "tested" + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.z === undefined) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "z" },
        message: "must have required property '" + "z" + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.provenanceWarnings === undefined) {
      const err4 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "provenanceWarnings" },
        message: "must have required property '" + "provenanceWarnings" + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.regressions === undefined) {
      const err5 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "regressions" },
        message: "must have required property '" + "regressions" + "'",
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.improvements === undefined) {
      const err6 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "improvements" },
        message: "must have required property '" + "improvements" + "'",
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.thresholdsFailed === undefined) {
      const err7 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "thresholdsFailed" },
        message: "must have required property '" + "thresholdsFailed" + "'",
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.passed === undefined) {
      const err8 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "passed" },
        message: "must have required property '" + "passed" + "'",
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema17.properties, key0)) {
        const err9 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.run !== undefined) {
      if (
        !validate11(data.run, {
          instancePath: instancePath + "/run",
          parentData: data,
          parentDataProperty: "run",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
    if (data.significance !== undefined) {
      let data1 = data.significance;
      if (!(data1 === "bootstrap" || data1 === "none")) {
        const err10 = {
          instancePath: instancePath + "/significance",
          schemaPath: "#/properties/significance/enum",
          keyword: "enum",
          params: { allowedValues: schema17.properties.significance.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.tested !== undefined) {
      let data2 = data.tested;
      if (!(typeof data2 == "number" && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
        const err11 = {
          instancePath: instancePath + "/tested",
          schemaPath: "#/properties/tested/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 < 0 || isNaN(data2)) {
          const err12 = {
            instancePath: instancePath + "/tested",
            schemaPath: "#/properties/tested/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    }
    if (data.z !== undefined) {
      let data3 = data.z;
      if (!(typeof data3 == "number" && isFinite(data3)) && data3 !== null) {
        const err13 = {
          instancePath: instancePath + "/z",
          schemaPath: "#/properties/z/type",
          keyword: "type",
          params: { type: schema17.properties.z.type },
          message: "must be number,null",
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.provenanceWarnings !== undefined) {
      let data4 = data.provenanceWarnings;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.field === undefined) {
              const err14 = {
                instancePath: instancePath + "/provenanceWarnings/" + i0,
                schemaPath: "#/properties/provenanceWarnings/items/required",
                keyword: "required",
                params: { missingProperty: "field" },
                message: "must have required property '" + "field" + "'",
              };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (data5.baseline === undefined) {
              const err15 = {
                instancePath: instancePath + "/provenanceWarnings/" + i0,
                schemaPath: "#/properties/provenanceWarnings/items/required",
                keyword: "required",
                params: { missingProperty: "baseline" },
                message: "must have required property '" + "baseline" + "'",
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (data5.candidate === undefined) {
              const err16 = {
                instancePath: instancePath + "/provenanceWarnings/" + i0,
                schemaPath: "#/properties/provenanceWarnings/items/required",
                keyword: "required",
                params: { missingProperty: "candidate" },
                message: "must have required property '" + "candidate" + "'",
              };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (data5.message === undefined) {
              const err17 = {
                instancePath: instancePath + "/provenanceWarnings/" + i0,
                schemaPath: "#/properties/provenanceWarnings/items/required",
                keyword: "required",
                params: { missingProperty: "message" },
                message: "must have required property '" + "message" + "'",
              };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            for (const key1 in data5) {
              if (!(
                key1 === "field" ||
                key1 === "baseline" ||
                key1 === "candidate" ||
                key1 === "message"
              )) {
                const err18 = {
                  instancePath: instancePath + "/provenanceWarnings/" + i0,
                  schemaPath: "#/properties/provenanceWarnings/items/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key1 },
                  message: "must NOT have additional properties",
                };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data5.field !== undefined) {
              let data6 = data5.field;
              if (!(
                data6 === "aiperfVersion" ||
                data6 === "producer" ||
                data6 === "model" ||
                data6 === "endpointType" ||
                data6 === "streaming" ||
                data6 === "concurrency" ||
                data6 === "requestRate" ||
                data6 === "isl" ||
                data6 === "osl"
              )) {
                const err19 = {
                  instancePath: instancePath + "/provenanceWarnings/" + i0 + "/field",
                  schemaPath: "run-description.schema.json#/definitions/provenanceField/enum",
                  keyword: "enum",
                  params: { allowedValues: schema14.enum },
                  message: "must be equal to one of the allowed values",
                };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data5.baseline !== undefined) {
              let data7 = data5.baseline;
              if (
                typeof data7 !== "string" &&
                !(typeof data7 == "number" && isFinite(data7)) &&
                typeof data7 !== "boolean"
              ) {
                const err20 = {
                  instancePath: instancePath + "/provenanceWarnings/" + i0 + "/baseline",
                  schemaPath: "#/properties/provenanceWarnings/items/properties/baseline/type",
                  keyword: "type",
                  params: {
                    type: schema17.properties.provenanceWarnings.items.properties.baseline.type,
                  },
                  message: "must be string,number,boolean",
                };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data5.candidate !== undefined) {
              let data8 = data5.candidate;
              if (
                typeof data8 !== "string" &&
                !(typeof data8 == "number" && isFinite(data8)) &&
                typeof data8 !== "boolean"
              ) {
                const err21 = {
                  instancePath: instancePath + "/provenanceWarnings/" + i0 + "/candidate",
                  schemaPath: "#/properties/provenanceWarnings/items/properties/candidate/type",
                  keyword: "type",
                  params: {
                    type: schema17.properties.provenanceWarnings.items.properties.candidate.type,
                  },
                  message: "must be string,number,boolean",
                };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data5.message !== undefined) {
              if (typeof data5.message !== "string") {
                const err22 = {
                  instancePath: instancePath + "/provenanceWarnings/" + i0 + "/message",
                  schemaPath: "#/properties/provenanceWarnings/items/properties/message/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
          } else {
            const err23 = {
              instancePath: instancePath + "/provenanceWarnings/" + i0,
              schemaPath: "#/properties/provenanceWarnings/items/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = {
          instancePath: instancePath + "/provenanceWarnings",
          schemaPath: "#/properties/provenanceWarnings/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.regressions !== undefined) {
      let data10 = data.regressions;
      if (!(typeof data10 == "number" && !(data10 % 1) && !isNaN(data10) && isFinite(data10))) {
        const err25 = {
          instancePath: instancePath + "/regressions",
          schemaPath: "#/properties/regressions/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      if (typeof data10 == "number" && isFinite(data10)) {
        if (data10 < 0 || isNaN(data10)) {
          const err26 = {
            instancePath: instancePath + "/regressions",
            schemaPath: "#/properties/regressions/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
          };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      }
    }
    if (data.improvements !== undefined) {
      let data11 = data.improvements;
      if (!(typeof data11 == "number" && !(data11 % 1) && !isNaN(data11) && isFinite(data11))) {
        const err27 = {
          instancePath: instancePath + "/improvements",
          schemaPath: "#/properties/improvements/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      if (typeof data11 == "number" && isFinite(data11)) {
        if (data11 < 0 || isNaN(data11)) {
          const err28 = {
            instancePath: instancePath + "/improvements",
            schemaPath: "#/properties/improvements/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
          };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      }
    }
    if (data.thresholdsFailed !== undefined) {
      let data12 = data.thresholdsFailed;
      if (!(typeof data12 == "number" && !(data12 % 1) && !isNaN(data12) && isFinite(data12))) {
        const err29 = {
          instancePath: instancePath + "/thresholdsFailed",
          schemaPath: "#/properties/thresholdsFailed/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      if (typeof data12 == "number" && isFinite(data12)) {
        if (data12 < 0 || isNaN(data12)) {
          const err30 = {
            instancePath: instancePath + "/thresholdsFailed",
            schemaPath: "#/properties/thresholdsFailed/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
          };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      }
    }
    if (data.passed !== undefined) {
      if (typeof data.passed !== "boolean") {
        const err31 = {
          instancePath: instancePath + "/passed",
          schemaPath: "#/properties/passed/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
  } else {
    const err32 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err32];
    } else {
      vErrors.push(err32);
    }
    errors++;
  }
  validate17.errors = vErrors;
  return errors === 0;
}
const schema19 = {
  type: "object",
  additionalProperties: false,
  required: ["tag", "header", "unit", "direction", "list", "baselineCount", "candidates", "stats"],
  properties: {
    tag: { type: "string" },
    header: { type: "string" },
    unit: { type: "string" },
    direction: { enum: ["lower", "higher", "none"] },
    list: { type: "boolean" },
    baselineCount: { type: ["integer", "null"] },
    candidates: { type: "array", items: { $ref: "#/definitions/metricCandidate" } },
    stats: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["stat", "baseline", "candidates"],
        properties: {
          stat: { type: "string" },
          baseline: { type: "number" },
          candidates: { type: "array", items: { $ref: "#/definitions/statCell" } },
        },
      },
    },
  },
};
const schema20 = {
  type: "object",
  additionalProperties: false,
  required: ["tag", "count", "mannWhitney", "verdict"],
  properties: {
    tag: { type: ["string", "null"] },
    count: { type: ["integer", "null"] },
    mannWhitney: { oneOf: [{ $ref: "#/definitions/mannWhitney" }, { type: "null" }] },
    verdict: { $ref: "#/definitions/verdict" },
  },
};
const schema21 = {
  type: "object",
  additionalProperties: false,
  required: ["u", "superiority", "z", "p"],
  properties: {
    u: { type: "number" },
    superiority: { type: "number" },
    z: { type: "number" },
    p: { type: "number" },
  },
};
const schema22 = { enum: ["better", "worse", "unchanged", "changed", "untested", "absent"] };
function validate21(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "tag" },
        message: "must have required property '" + "tag" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.count === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "count" },
        message: "must have required property '" + "count" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.mannWhitney === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "mannWhitney" },
        message: "must have required property '" + "mannWhitney" + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.verdict === undefined) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "verdict" },
        message: "must have required property '" + "verdict" + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "tag" || key0 === "count" || key0 === "mannWhitney" || key0 === "verdict")) {
        const err4 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.tag !== undefined) {
      let data0 = data.tag;
      if (typeof data0 !== "string" && data0 !== null) {
        const err5 = {
          instancePath: instancePath + "/tag",
          schemaPath: "#/properties/tag/type",
          keyword: "type",
          params: { type: schema20.properties.tag.type },
          message: "must be string,null",
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.count !== undefined) {
      let data1 = data.count;
      if (
        !(typeof data1 == "number" && !(data1 % 1) && !isNaN(data1) && isFinite(data1)) &&
        data1 !== null
      ) {
        const err6 = {
          instancePath: instancePath + "/count",
          schemaPath: "#/properties/count/type",
          keyword: "type",
          params: { type: schema20.properties.count.type },
          message: "must be integer,null",
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.mannWhitney !== undefined) {
      let data2 = data.mannWhitney;
      const _errs7 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs8 = errors;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.u === undefined) {
          const err7 = {
            instancePath: instancePath + "/mannWhitney",
            schemaPath: "#/definitions/mannWhitney/required",
            keyword: "required",
            params: { missingProperty: "u" },
            message: "must have required property '" + "u" + "'",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data2.superiority === undefined) {
          const err8 = {
            instancePath: instancePath + "/mannWhitney",
            schemaPath: "#/definitions/mannWhitney/required",
            keyword: "required",
            params: { missingProperty: "superiority" },
            message: "must have required property '" + "superiority" + "'",
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data2.z === undefined) {
          const err9 = {
            instancePath: instancePath + "/mannWhitney",
            schemaPath: "#/definitions/mannWhitney/required",
            keyword: "required",
            params: { missingProperty: "z" },
            message: "must have required property '" + "z" + "'",
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data2.p === undefined) {
          const err10 = {
            instancePath: instancePath + "/mannWhitney",
            schemaPath: "#/definitions/mannWhitney/required",
            keyword: "required",
            params: { missingProperty: "p" },
            message: "must have required property '" + "p" + "'",
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "u" || key1 === "superiority" || key1 === "z" || key1 === "p")) {
            const err11 = {
              instancePath: instancePath + "/mannWhitney",
              schemaPath: "#/definitions/mannWhitney/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties",
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data2.u !== undefined) {
          let data3 = data2.u;
          if (!(typeof data3 == "number" && isFinite(data3))) {
            const err12 = {
              instancePath: instancePath + "/mannWhitney/u",
              schemaPath: "#/definitions/mannWhitney/properties/u/type",
              keyword: "type",
              params: { type: "number" },
              message: "must be number",
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data2.superiority !== undefined) {
          let data4 = data2.superiority;
          if (!(typeof data4 == "number" && isFinite(data4))) {
            const err13 = {
              instancePath: instancePath + "/mannWhitney/superiority",
              schemaPath: "#/definitions/mannWhitney/properties/superiority/type",
              keyword: "type",
              params: { type: "number" },
              message: "must be number",
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data2.z !== undefined) {
          let data5 = data2.z;
          if (!(typeof data5 == "number" && isFinite(data5))) {
            const err14 = {
              instancePath: instancePath + "/mannWhitney/z",
              schemaPath: "#/definitions/mannWhitney/properties/z/type",
              keyword: "type",
              params: { type: "number" },
              message: "must be number",
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data2.p !== undefined) {
          let data6 = data2.p;
          if (!(typeof data6 == "number" && isFinite(data6))) {
            const err15 = {
              instancePath: instancePath + "/mannWhitney/p",
              schemaPath: "#/definitions/mannWhitney/properties/p/type",
              keyword: "type",
              params: { type: "number" },
              message: "must be number",
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = {
          instancePath: instancePath + "/mannWhitney",
          schemaPath: "#/definitions/mannWhitney/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      var _valid0 = _errs8 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
      }
      const _errs20 = errors;
      if (data2 !== null) {
        const err17 = {
          instancePath: instancePath + "/mannWhitney",
          schemaPath: "#/properties/mannWhitney/oneOf/1/type",
          keyword: "type",
          params: { type: "null" },
          message: "must be null",
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      var _valid0 = _errs20 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
      }
      if (!valid1) {
        const err18 = {
          instancePath: instancePath + "/mannWhitney",
          schemaPath: "#/properties/mannWhitney/oneOf",
          keyword: "oneOf",
          params: { passingSchemas: passing0 },
          message: "must match exactly one schema in oneOf",
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      } else {
        errors = _errs7;
        if (vErrors !== null) {
          if (_errs7) {
            vErrors.length = _errs7;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.verdict !== undefined) {
      let data7 = data.verdict;
      if (!(
        data7 === "better" ||
        data7 === "worse" ||
        data7 === "unchanged" ||
        data7 === "changed" ||
        data7 === "untested" ||
        data7 === "absent"
      )) {
        const err19 = {
          instancePath: instancePath + "/verdict",
          schemaPath: "#/definitions/verdict/enum",
          keyword: "enum",
          params: { allowedValues: schema22.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  } else {
    const err20 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
const schema23 = {
  type: "object",
  additionalProperties: false,
  required: ["value", "delta", "deltaPercent", "ci", "verdict"],
  properties: {
    value: { type: ["number", "null"] },
    delta: { type: ["number", "null"] },
    deltaPercent: { type: ["number", "null"] },
    ci: {
      oneOf: [
        {
          type: "object",
          additionalProperties: false,
          required: ["low", "high"],
          properties: { low: { type: "number" }, high: { type: "number" } },
        },
        { type: "null" },
      ],
    },
    verdict: { $ref: "#/definitions/verdict" },
  },
};
function validate23(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.value === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "value" },
        message: "must have required property '" + "value" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.delta === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "delta" },
        message: "must have required property '" + "delta" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.deltaPercent === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "deltaPercent" },
        message: "must have required property '" + "deltaPercent" + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.ci === undefined) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "ci" },
        message: "must have required property '" + "ci" + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.verdict === undefined) {
      const err4 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "verdict" },
        message: "must have required property '" + "verdict" + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === "value" ||
        key0 === "delta" ||
        key0 === "deltaPercent" ||
        key0 === "ci" ||
        key0 === "verdict"
      )) {
        const err5 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.value !== undefined) {
      let data0 = data.value;
      if (!(typeof data0 == "number" && isFinite(data0)) && data0 !== null) {
        const err6 = {
          instancePath: instancePath + "/value",
          schemaPath: "#/properties/value/type",
          keyword: "type",
          params: { type: schema23.properties.value.type },
          message: "must be number,null",
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.delta !== undefined) {
      let data1 = data.delta;
      if (!(typeof data1 == "number" && isFinite(data1)) && data1 !== null) {
        const err7 = {
          instancePath: instancePath + "/delta",
          schemaPath: "#/properties/delta/type",
          keyword: "type",
          params: { type: schema23.properties.delta.type },
          message: "must be number,null",
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.deltaPercent !== undefined) {
      let data2 = data.deltaPercent;
      if (!(typeof data2 == "number" && isFinite(data2)) && data2 !== null) {
        const err8 = {
          instancePath: instancePath + "/deltaPercent",
          schemaPath: "#/properties/deltaPercent/type",
          keyword: "type",
          params: { type: schema23.properties.deltaPercent.type },
          message: "must be number,null",
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.ci !== undefined) {
      let data3 = data.ci;
      const _errs9 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs10 = errors;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.low === undefined) {
          const err9 = {
            instancePath: instancePath + "/ci",
            schemaPath: "#/properties/ci/oneOf/0/required",
            keyword: "required",
            params: { missingProperty: "low" },
            message: "must have required property '" + "low" + "'",
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data3.high === undefined) {
          const err10 = {
            instancePath: instancePath + "/ci",
            schemaPath: "#/properties/ci/oneOf/0/required",
            keyword: "required",
            params: { missingProperty: "high" },
            message: "must have required property '" + "high" + "'",
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!(key1 === "low" || key1 === "high")) {
            const err11 = {
              instancePath: instancePath + "/ci",
              schemaPath: "#/properties/ci/oneOf/0/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties",
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data3.low !== undefined) {
          let data4 = data3.low;
          if (!(typeof data4 == "number" && isFinite(data4))) {
            const err12 = {
              instancePath: instancePath + "/ci/low",
              schemaPath: "#/properties/ci/oneOf/0/properties/low/type",
              keyword: "type",
              params: { type: "number" },
              message: "must be number",
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data3.high !== undefined) {
          let data5 = data3.high;
          if (!(typeof data5 == "number" && isFinite(data5))) {
            const err13 = {
              instancePath: instancePath + "/ci/high",
              schemaPath: "#/properties/ci/oneOf/0/properties/high/type",
              keyword: "type",
              params: { type: "number" },
              message: "must be number",
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = {
          instancePath: instancePath + "/ci",
          schemaPath: "#/properties/ci/oneOf/0/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var _valid0 = _errs10 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
      }
      const _errs17 = errors;
      if (data3 !== null) {
        const err15 = {
          instancePath: instancePath + "/ci",
          schemaPath: "#/properties/ci/oneOf/1/type",
          keyword: "type",
          params: { type: "null" },
          message: "must be null",
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      var _valid0 = _errs17 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
      }
      if (!valid1) {
        const err16 = {
          instancePath: instancePath + "/ci",
          schemaPath: "#/properties/ci/oneOf",
          keyword: "oneOf",
          params: { passingSchemas: passing0 },
          message: "must match exactly one schema in oneOf",
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      } else {
        errors = _errs9;
        if (vErrors !== null) {
          if (_errs9) {
            vErrors.length = _errs9;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.verdict !== undefined) {
      let data6 = data.verdict;
      if (!(
        data6 === "better" ||
        data6 === "worse" ||
        data6 === "unchanged" ||
        data6 === "changed" ||
        data6 === "untested" ||
        data6 === "absent"
      )) {
        const err17 = {
          instancePath: instancePath + "/verdict",
          schemaPath: "#/definitions/verdict/enum",
          keyword: "enum",
          params: { allowedValues: schema22.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
function validate20(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "tag" },
        message: "must have required property '" + "tag" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.header === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "header" },
        message: "must have required property '" + "header" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.unit === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "unit" },
        message: "must have required property '" + "unit" + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.direction === undefined) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "direction" },
        message: "must have required property '" + "direction" + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.list === undefined) {
      const err4 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "list" },
        message: "must have required property '" + "list" + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.baselineCount === undefined) {
      const err5 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "baselineCount" },
        message: "must have required property '" + "baselineCount" + "'",
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.candidates === undefined) {
      const err6 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "candidates" },
        message: "must have required property '" + "candidates" + "'",
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.stats === undefined) {
      const err7 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "stats" },
        message: "must have required property '" + "stats" + "'",
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === "tag" ||
        key0 === "header" ||
        key0 === "unit" ||
        key0 === "direction" ||
        key0 === "list" ||
        key0 === "baselineCount" ||
        key0 === "candidates" ||
        key0 === "stats"
      )) {
        const err8 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.tag !== undefined) {
      if (typeof data.tag !== "string") {
        const err9 = {
          instancePath: instancePath + "/tag",
          schemaPath: "#/properties/tag/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.header !== undefined) {
      if (typeof data.header !== "string") {
        const err10 = {
          instancePath: instancePath + "/header",
          schemaPath: "#/properties/header/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.unit !== undefined) {
      if (typeof data.unit !== "string") {
        const err11 = {
          instancePath: instancePath + "/unit",
          schemaPath: "#/properties/unit/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.direction !== undefined) {
      let data3 = data.direction;
      if (!(data3 === "lower" || data3 === "higher" || data3 === "none")) {
        const err12 = {
          instancePath: instancePath + "/direction",
          schemaPath: "#/properties/direction/enum",
          keyword: "enum",
          params: { allowedValues: schema19.properties.direction.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.list !== undefined) {
      if (typeof data.list !== "boolean") {
        const err13 = {
          instancePath: instancePath + "/list",
          schemaPath: "#/properties/list/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.baselineCount !== undefined) {
      let data5 = data.baselineCount;
      if (
        !(typeof data5 == "number" && !(data5 % 1) && !isNaN(data5) && isFinite(data5)) &&
        data5 !== null
      ) {
        const err14 = {
          instancePath: instancePath + "/baselineCount",
          schemaPath: "#/properties/baselineCount/type",
          keyword: "type",
          params: { type: schema19.properties.baselineCount.type },
          message: "must be integer,null",
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.candidates !== undefined) {
      let data6 = data.candidates;
      if (Array.isArray(data6)) {
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate21(data6[i0], {
              instancePath: instancePath + "/candidates/" + i0,
              parentData: data6,
              parentDataProperty: i0,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err15 = {
          instancePath: instancePath + "/candidates",
          schemaPath: "#/properties/candidates/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.stats !== undefined) {
      let data8 = data.stats;
      if (Array.isArray(data8)) {
        const len1 = data8.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data9 = data8[i1];
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.stat === undefined) {
              const err16 = {
                instancePath: instancePath + "/stats/" + i1,
                schemaPath: "#/properties/stats/items/required",
                keyword: "required",
                params: { missingProperty: "stat" },
                message: "must have required property '" + "stat" + "'",
              };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (data9.baseline === undefined) {
              const err17 = {
                instancePath: instancePath + "/stats/" + i1,
                schemaPath: "#/properties/stats/items/required",
                keyword: "required",
                params: { missingProperty: "baseline" },
                message: "must have required property '" + "baseline" + "'",
              };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data9.candidates === undefined) {
              const err18 = {
                instancePath: instancePath + "/stats/" + i1,
                schemaPath: "#/properties/stats/items/required",
                keyword: "required",
                params: { missingProperty: "candidates" },
                message: "must have required property '" + "candidates" + "'",
              };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            for (const key1 in data9) {
              if (!(key1 === "stat" || key1 === "baseline" || key1 === "candidates")) {
                const err19 = {
                  instancePath: instancePath + "/stats/" + i1,
                  schemaPath: "#/properties/stats/items/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key1 },
                  message: "must NOT have additional properties",
                };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data9.stat !== undefined) {
              if (typeof data9.stat !== "string") {
                const err20 = {
                  instancePath: instancePath + "/stats/" + i1 + "/stat",
                  schemaPath: "#/properties/stats/items/properties/stat/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data9.baseline !== undefined) {
              let data11 = data9.baseline;
              if (!(typeof data11 == "number" && isFinite(data11))) {
                const err21 = {
                  instancePath: instancePath + "/stats/" + i1 + "/baseline",
                  schemaPath: "#/properties/stats/items/properties/baseline/type",
                  keyword: "type",
                  params: { type: "number" },
                  message: "must be number",
                };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data9.candidates !== undefined) {
              let data12 = data9.candidates;
              if (Array.isArray(data12)) {
                const len2 = data12.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  if (
                    !validate23(data12[i2], {
                      instancePath: instancePath + "/stats/" + i1 + "/candidates/" + i2,
                      parentData: data12,
                      parentDataProperty: i2,
                      rootData,
                    })
                  ) {
                    vErrors =
                      vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                const err22 = {
                  instancePath: instancePath + "/stats/" + i1 + "/candidates",
                  schemaPath: "#/properties/stats/items/properties/candidates/type",
                  keyword: "type",
                  params: { type: "array" },
                  message: "must be array",
                };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
          } else {
            const err23 = {
              instancePath: instancePath + "/stats/" + i1,
              schemaPath: "#/properties/stats/items/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = {
          instancePath: instancePath + "/stats",
          schemaPath: "#/properties/stats/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
  } else {
    const err25 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
function validate15(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://aiperf-ts.github.io/schemas/compare-result.schema.json" */ let vErrors =
    null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schemaVersion === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "schemaVersion" },
        message: "must have required property '" + "schemaVersion" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "kind" },
        message: "must have required property '" + "kind" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.options === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "options" },
        message: "must have required property '" + "options" + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.baseline === undefined) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "baseline" },
        message: "must have required property '" + "baseline" + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.candidates === undefined) {
      const err4 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "candidates" },
        message: "must have required property '" + "candidates" + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.metrics === undefined) {
      const err5 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "metrics" },
        message: "must have required property '" + "metrics" + "'",
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.thresholds === undefined) {
      const err6 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "thresholds" },
        message: "must have required property '" + "thresholds" + "'",
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.passed === undefined) {
      const err7 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "passed" },
        message: "must have required property '" + "passed" + "'",
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.notes === undefined) {
      const err8 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "notes" },
        message: "must have required property '" + "notes" + "'",
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema16.properties, key0)) {
        const err9 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.schemaVersion !== undefined) {
      if ("1.0" !== data.schemaVersion) {
        const err10 = {
          instancePath: instancePath + "/schemaVersion",
          schemaPath: "#/properties/schemaVersion/const",
          keyword: "const",
          params: { allowedValue: "1.0" },
          message: "must be equal to constant",
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.kind !== undefined) {
      if ("compare" !== data.kind) {
        const err11 = {
          instancePath: instancePath + "/kind",
          schemaPath: "#/properties/kind/const",
          keyword: "const",
          params: { allowedValue: "compare" },
          message: "must be equal to constant",
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.options !== undefined) {
      let data2 = data.options;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.confidence === undefined) {
          const err12 = {
            instancePath: instancePath + "/options",
            schemaPath: "#/properties/options/required",
            keyword: "required",
            params: { missingProperty: "confidence" },
            message: "must have required property '" + "confidence" + "'",
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data2.noise === undefined) {
          const err13 = {
            instancePath: instancePath + "/options",
            schemaPath: "#/properties/options/required",
            keyword: "required",
            params: { missingProperty: "noise" },
            message: "must have required property '" + "noise" + "'",
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data2.seed === undefined) {
          const err14 = {
            instancePath: instancePath + "/options",
            schemaPath: "#/properties/options/required",
            keyword: "required",
            params: { missingProperty: "seed" },
            message: "must have required property '" + "seed" + "'",
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data2.resamples === undefined) {
          const err15 = {
            instancePath: instancePath + "/options",
            schemaPath: "#/properties/options/required",
            keyword: "required",
            params: { missingProperty: "resamples" },
            message: "must have required property '" + "resamples" + "'",
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (data2.minSamples === undefined) {
          const err16 = {
            instancePath: instancePath + "/options",
            schemaPath: "#/properties/options/required",
            keyword: "required",
            params: { missingProperty: "minSamples" },
            message: "must have required property '" + "minSamples" + "'",
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data2.intervals === undefined) {
          const err17 = {
            instancePath: instancePath + "/options",
            schemaPath: "#/properties/options/required",
            keyword: "required",
            params: { missingProperty: "intervals" },
            message: "must have required property '" + "intervals" + "'",
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(
            key1 === "confidence" ||
            key1 === "noise" ||
            key1 === "seed" ||
            key1 === "resamples" ||
            key1 === "minSamples" ||
            key1 === "intervals"
          )) {
            const err18 = {
              instancePath: instancePath + "/options",
              schemaPath: "#/properties/options/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties",
            };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data2.confidence !== undefined) {
          let data3 = data2.confidence;
          if (!(typeof data3 == "number" && isFinite(data3))) {
            const err19 = {
              instancePath: instancePath + "/options/confidence",
              schemaPath: "#/properties/options/properties/confidence/type",
              keyword: "type",
              params: { type: "number" },
              message: "must be number",
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data2.noise !== undefined) {
          let data4 = data2.noise;
          if (!(typeof data4 == "number" && isFinite(data4))) {
            const err20 = {
              instancePath: instancePath + "/options/noise",
              schemaPath: "#/properties/options/properties/noise/type",
              keyword: "type",
              params: { type: "number" },
              message: "must be number",
            };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data2.seed !== undefined) {
          let data5 = data2.seed;
          if (!(typeof data5 == "number" && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
            const err21 = {
              instancePath: instancePath + "/options/seed",
              schemaPath: "#/properties/options/properties/seed/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer",
            };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data2.resamples !== undefined) {
          let data6 = data2.resamples;
          if (!(typeof data6 == "number" && !(data6 % 1) && !isNaN(data6) && isFinite(data6))) {
            const err22 = {
              instancePath: instancePath + "/options/resamples",
              schemaPath: "#/properties/options/properties/resamples/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer",
            };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data2.minSamples !== undefined) {
          let data7 = data2.minSamples;
          if (!(typeof data7 == "number" && !(data7 % 1) && !isNaN(data7) && isFinite(data7))) {
            const err23 = {
              instancePath: instancePath + "/options/minSamples",
              schemaPath: "#/properties/options/properties/minSamples/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer",
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data2.intervals !== undefined) {
          if ("bootstrap-se-bonferroni" !== data2.intervals) {
            const err24 = {
              instancePath: instancePath + "/options/intervals",
              schemaPath: "#/properties/options/properties/intervals/const",
              keyword: "const",
              params: { allowedValue: "bootstrap-se-bonferroni" },
              message: "must be equal to constant",
            };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = {
          instancePath: instancePath + "/options",
          schemaPath: "#/properties/options/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.baseline !== undefined) {
      if (
        !validate11(data.baseline, {
          instancePath: instancePath + "/baseline",
          parentData: data,
          parentDataProperty: "baseline",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
    if (data.candidates !== undefined) {
      let data10 = data.candidates;
      if (Array.isArray(data10)) {
        if (data10.length < 1) {
          const err26 = {
            instancePath: instancePath + "/candidates",
            schemaPath: "#/properties/candidates/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items",
          };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        const len0 = data10.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate17(data10[i0], {
              instancePath: instancePath + "/candidates/" + i0,
              parentData: data10,
              parentDataProperty: i0,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err27 = {
          instancePath: instancePath + "/candidates",
          schemaPath: "#/properties/candidates/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.metrics !== undefined) {
      let data12 = data.metrics;
      if (Array.isArray(data12)) {
        const len1 = data12.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (
            !validate20(data12[i1], {
              instancePath: instancePath + "/metrics/" + i1,
              parentData: data12,
              parentDataProperty: i1,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err28 = {
          instancePath: instancePath + "/metrics",
          schemaPath: "#/properties/metrics/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.thresholds !== undefined) {
      let data14 = data.thresholds;
      if (Array.isArray(data14)) {
        const len2 = data14.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data15 = data14[i2];
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            if (data15.expression === undefined) {
              const err29 = {
                instancePath: instancePath + "/thresholds/" + i2,
                schemaPath: "threshold-outcome.schema.json/required",
                keyword: "required",
                params: { missingProperty: "expression" },
                message: "must have required property '" + "expression" + "'",
              };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (data15.origin === undefined) {
              const err30 = {
                instancePath: instancePath + "/thresholds/" + i2,
                schemaPath: "threshold-outcome.schema.json/required",
                keyword: "required",
                params: { missingProperty: "origin" },
                message: "must have required property '" + "origin" + "'",
              };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            if (data15.metric === undefined) {
              const err31 = {
                instancePath: instancePath + "/thresholds/" + i2,
                schemaPath: "threshold-outcome.schema.json/required",
                keyword: "required",
                params: { missingProperty: "metric" },
                message: "must have required property '" + "metric" + "'",
              };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            if (data15.stat === undefined) {
              const err32 = {
                instancePath: instancePath + "/thresholds/" + i2,
                schemaPath: "threshold-outcome.schema.json/required",
                keyword: "required",
                params: { missingProperty: "stat" },
                message: "must have required property '" + "stat" + "'",
              };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            if (data15.op === undefined) {
              const err33 = {
                instancePath: instancePath + "/thresholds/" + i2,
                schemaPath: "threshold-outcome.schema.json/required",
                keyword: "required",
                params: { missingProperty: "op" },
                message: "must have required property '" + "op" + "'",
              };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            if (data15.limit === undefined) {
              const err34 = {
                instancePath: instancePath + "/thresholds/" + i2,
                schemaPath: "threshold-outcome.schema.json/required",
                keyword: "required",
                params: { missingProperty: "limit" },
                message: "must have required property '" + "limit" + "'",
              };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            if (data15.unit === undefined) {
              const err35 = {
                instancePath: instancePath + "/thresholds/" + i2,
                schemaPath: "threshold-outcome.schema.json/required",
                keyword: "required",
                params: { missingProperty: "unit" },
                message: "must have required property '" + "unit" + "'",
              };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
            if (data15.relative === undefined) {
              const err36 = {
                instancePath: instancePath + "/thresholds/" + i2,
                schemaPath: "threshold-outcome.schema.json/required",
                keyword: "required",
                params: { missingProperty: "relative" },
                message: "must have required property '" + "relative" + "'",
              };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            if (data15.candidate === undefined) {
              const err37 = {
                instancePath: instancePath + "/thresholds/" + i2,
                schemaPath: "threshold-outcome.schema.json/required",
                keyword: "required",
                params: { missingProperty: "candidate" },
                message: "must have required property '" + "candidate" + "'",
              };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            if (data15.baseline === undefined) {
              const err38 = {
                instancePath: instancePath + "/thresholds/" + i2,
                schemaPath: "threshold-outcome.schema.json/required",
                keyword: "required",
                params: { missingProperty: "baseline" },
                message: "must have required property '" + "baseline" + "'",
              };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            if (data15.value === undefined) {
              const err39 = {
                instancePath: instancePath + "/thresholds/" + i2,
                schemaPath: "threshold-outcome.schema.json/required",
                keyword: "required",
                params: { missingProperty: "value" },
                message: "must have required property '" + "value" + "'",
              };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            if (data15.actual === undefined) {
              const err40 = {
                instancePath: instancePath + "/thresholds/" + i2,
                schemaPath: "threshold-outcome.schema.json/required",
                keyword: "required",
                params: { missingProperty: "actual" },
                message: "must have required property '" + "actual" + "'",
              };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (data15.passed === undefined) {
              const err41 = {
                instancePath: instancePath + "/thresholds/" + i2,
                schemaPath: "threshold-outcome.schema.json/required",
                keyword: "required",
                params: { missingProperty: "passed" },
                message: "must have required property '" + "passed" + "'",
              };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            for (const key2 in data15) {
              if (!func2.call(schema15.properties, key2)) {
                const err42 = {
                  instancePath: instancePath + "/thresholds/" + i2,
                  schemaPath: "threshold-outcome.schema.json/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key2 },
                  message: "must NOT have additional properties",
                };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data15.expression !== undefined) {
              if (typeof data15.expression !== "string") {
                const err43 = {
                  instancePath: instancePath + "/thresholds/" + i2 + "/expression",
                  schemaPath: "threshold-outcome.schema.json/properties/expression/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data15.origin !== undefined) {
              if (typeof data15.origin !== "string") {
                const err44 = {
                  instancePath: instancePath + "/thresholds/" + i2 + "/origin",
                  schemaPath: "threshold-outcome.schema.json/properties/origin/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data15.metric !== undefined) {
              if (typeof data15.metric !== "string") {
                const err45 = {
                  instancePath: instancePath + "/thresholds/" + i2 + "/metric",
                  schemaPath: "threshold-outcome.schema.json/properties/metric/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data15.stat !== undefined) {
              if (typeof data15.stat !== "string") {
                const err46 = {
                  instancePath: instancePath + "/thresholds/" + i2 + "/stat",
                  schemaPath: "threshold-outcome.schema.json/properties/stat/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data15.op !== undefined) {
              let data20 = data15.op;
              if (!(data20 === "<" || data20 === "<=" || data20 === ">" || data20 === ">=")) {
                const err47 = {
                  instancePath: instancePath + "/thresholds/" + i2 + "/op",
                  schemaPath: "threshold-outcome.schema.json/properties/op/enum",
                  keyword: "enum",
                  params: { allowedValues: schema15.properties.op.enum },
                  message: "must be equal to one of the allowed values",
                };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data15.limit !== undefined) {
              let data21 = data15.limit;
              if (!(typeof data21 == "number" && isFinite(data21))) {
                const err48 = {
                  instancePath: instancePath + "/thresholds/" + i2 + "/limit",
                  schemaPath: "threshold-outcome.schema.json/properties/limit/type",
                  keyword: "type",
                  params: { type: "number" },
                  message: "must be number",
                };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data15.unit !== undefined) {
              if (typeof data15.unit !== "string") {
                const err49 = {
                  instancePath: instancePath + "/thresholds/" + i2 + "/unit",
                  schemaPath: "threshold-outcome.schema.json/properties/unit/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data15.relative !== undefined) {
              let data23 = data15.relative;
              if (!(data23 === "percent" || data23 === "delta" || data23 === null)) {
                const err50 = {
                  instancePath: instancePath + "/thresholds/" + i2 + "/relative",
                  schemaPath: "threshold-outcome.schema.json/properties/relative/enum",
                  keyword: "enum",
                  params: { allowedValues: schema15.properties.relative.enum },
                  message: "must be equal to one of the allowed values",
                };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data15.candidate !== undefined) {
              let data24 = data15.candidate;
              if (
                !(
                  typeof data24 == "number" &&
                  !(data24 % 1) &&
                  !isNaN(data24) &&
                  isFinite(data24)
                ) &&
                data24 !== null
              ) {
                const err51 = {
                  instancePath: instancePath + "/thresholds/" + i2 + "/candidate",
                  schemaPath: "threshold-outcome.schema.json/properties/candidate/type",
                  keyword: "type",
                  params: { type: schema15.properties.candidate.type },
                  message: "must be integer,null",
                };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
            if (data15.baseline !== undefined) {
              let data25 = data15.baseline;
              if (!(typeof data25 == "number" && isFinite(data25)) && data25 !== null) {
                const err52 = {
                  instancePath: instancePath + "/thresholds/" + i2 + "/baseline",
                  schemaPath: "threshold-outcome.schema.json/properties/baseline/type",
                  keyword: "type",
                  params: { type: schema15.properties.baseline.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data15.value !== undefined) {
              let data26 = data15.value;
              if (!(typeof data26 == "number" && isFinite(data26))) {
                const err53 = {
                  instancePath: instancePath + "/thresholds/" + i2 + "/value",
                  schemaPath: "threshold-outcome.schema.json/properties/value/type",
                  keyword: "type",
                  params: { type: "number" },
                  message: "must be number",
                };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data15.actual !== undefined) {
              let data27 = data15.actual;
              if (!(typeof data27 == "number" && isFinite(data27)) && data27 !== null) {
                const err54 = {
                  instancePath: instancePath + "/thresholds/" + i2 + "/actual",
                  schemaPath: "threshold-outcome.schema.json/properties/actual/type",
                  keyword: "type",
                  params: { type: schema15.properties.actual.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
            if (data15.passed !== undefined) {
              if (typeof data15.passed !== "boolean") {
                const err55 = {
                  instancePath: instancePath + "/thresholds/" + i2 + "/passed",
                  schemaPath: "threshold-outcome.schema.json/properties/passed/type",
                  keyword: "type",
                  params: { type: "boolean" },
                  message: "must be boolean",
                };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
          } else {
            const err56 = {
              instancePath: instancePath + "/thresholds/" + i2,
              schemaPath: "threshold-outcome.schema.json/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
            };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
      } else {
        const err57 = {
          instancePath: instancePath + "/thresholds",
          schemaPath: "#/properties/thresholds/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
    if (data.passed !== undefined) {
      if (typeof data.passed !== "boolean") {
        const err58 = {
          instancePath: instancePath + "/passed",
          schemaPath: "#/properties/passed/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
        };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
    }
    if (data.notes !== undefined) {
      let data30 = data.notes;
      if (Array.isArray(data30)) {
        const len3 = data30.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (typeof data30[i3] !== "string") {
            const err59 = {
              instancePath: instancePath + "/notes/" + i3,
              schemaPath: "#/properties/notes/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
      } else {
        const err60 = {
          instancePath: instancePath + "/notes",
          schemaPath: "#/properties/notes/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
    }
  } else {
    const err61 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err61];
    } else {
      vErrors.push(err61);
    }
    errors++;
  }
  validate15.errors = vErrors;
  return errors === 0;
}
export const ErrorDetails = validate26;
const schema26 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://aiperf-ts.github.io/schemas/error-details.schema.json",
  type: "object",
  required: ["message"],
  properties: {
    code: { type: ["integer", "null"] },
    type: { type: ["string", "null"] },
    message: { type: "string" },
    cause: { type: ["string", "null"] },
    cause_chain: { type: ["array", "null"], items: { type: "string" } },
    details: { tsType: "unknown" },
  },
};
function validate26(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://aiperf-ts.github.io/schemas/error-details.schema.json" */ let vErrors =
    null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.message === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "message" },
        message: "must have required property '" + "message" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.code !== undefined) {
      let data0 = data.code;
      if (
        !(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0) && isFinite(data0)) &&
        data0 !== null
      ) {
        const err1 = {
          instancePath: instancePath + "/code",
          schemaPath: "#/properties/code/type",
          keyword: "type",
          params: { type: schema26.properties.code.type },
          message: "must be integer,null",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.type !== undefined) {
      let data1 = data.type;
      if (typeof data1 !== "string" && data1 !== null) {
        const err2 = {
          instancePath: instancePath + "/type",
          schemaPath: "#/properties/type/type",
          keyword: "type",
          params: { type: schema26.properties.type.type },
          message: "must be string,null",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.message !== undefined) {
      if (typeof data.message !== "string") {
        const err3 = {
          instancePath: instancePath + "/message",
          schemaPath: "#/properties/message/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.cause !== undefined) {
      let data3 = data.cause;
      if (typeof data3 !== "string" && data3 !== null) {
        const err4 = {
          instancePath: instancePath + "/cause",
          schemaPath: "#/properties/cause/type",
          keyword: "type",
          params: { type: schema26.properties.cause.type },
          message: "must be string,null",
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.cause_chain !== undefined) {
      let data4 = data.cause_chain;
      if (!Array.isArray(data4) && data4 !== null) {
        const err5 = {
          instancePath: instancePath + "/cause_chain",
          schemaPath: "#/properties/cause_chain/type",
          keyword: "type",
          params: { type: schema26.properties.cause_chain.type },
          message: "must be array,null",
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data4[i0] !== "string") {
            const err6 = {
              instancePath: instancePath + "/cause_chain/" + i0,
              schemaPath: "#/properties/cause_chain/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      }
    }
  } else {
    const err7 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
export const ErrorDetailsCount = validate27;
const schema27 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://aiperf-ts.github.io/schemas/error-details-count.schema.json",
  type: "object",
  required: ["error_details", "count"],
  properties: {
    error_details: { $ref: "error-details.schema.json" },
    count: { type: "integer", minimum: 0 },
  },
};
function validate27(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://aiperf-ts.github.io/schemas/error-details-count.schema.json" */ let vErrors =
    null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.error_details === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "error_details" },
        message: "must have required property '" + "error_details" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.count === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "count" },
        message: "must have required property '" + "count" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.error_details !== undefined) {
      let data0 = data.error_details;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.message === undefined) {
          const err2 = {
            instancePath: instancePath + "/error_details",
            schemaPath: "error-details.schema.json/required",
            keyword: "required",
            params: { missingProperty: "message" },
            message: "must have required property '" + "message" + "'",
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0.code !== undefined) {
          let data1 = data0.code;
          if (
            !(typeof data1 == "number" && !(data1 % 1) && !isNaN(data1) && isFinite(data1)) &&
            data1 !== null
          ) {
            const err3 = {
              instancePath: instancePath + "/error_details/code",
              schemaPath: "error-details.schema.json/properties/code/type",
              keyword: "type",
              params: { type: schema26.properties.code.type },
              message: "must be integer,null",
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data0.type !== undefined) {
          let data2 = data0.type;
          if (typeof data2 !== "string" && data2 !== null) {
            const err4 = {
              instancePath: instancePath + "/error_details/type",
              schemaPath: "error-details.schema.json/properties/type/type",
              keyword: "type",
              params: { type: schema26.properties.type.type },
              message: "must be string,null",
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.message !== undefined) {
          if (typeof data0.message !== "string") {
            const err5 = {
              instancePath: instancePath + "/error_details/message",
              schemaPath: "error-details.schema.json/properties/message/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data0.cause !== undefined) {
          let data4 = data0.cause;
          if (typeof data4 !== "string" && data4 !== null) {
            const err6 = {
              instancePath: instancePath + "/error_details/cause",
              schemaPath: "error-details.schema.json/properties/cause/type",
              keyword: "type",
              params: { type: schema26.properties.cause.type },
              message: "must be string,null",
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data0.cause_chain !== undefined) {
          let data5 = data0.cause_chain;
          if (!Array.isArray(data5) && data5 !== null) {
            const err7 = {
              instancePath: instancePath + "/error_details/cause_chain",
              schemaPath: "error-details.schema.json/properties/cause_chain/type",
              keyword: "type",
              params: { type: schema26.properties.cause_chain.type },
              message: "must be array,null",
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          if (Array.isArray(data5)) {
            const len0 = data5.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data5[i0] !== "string") {
                const err8 = {
                  instancePath: instancePath + "/error_details/cause_chain/" + i0,
                  schemaPath: "error-details.schema.json/properties/cause_chain/items/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
          }
        }
      } else {
        const err9 = {
          instancePath: instancePath + "/error_details",
          schemaPath: "error-details.schema.json/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.count !== undefined) {
      let data8 = data.count;
      if (!(typeof data8 == "number" && !(data8 % 1) && !isNaN(data8) && isFinite(data8))) {
        const err10 = {
          instancePath: instancePath + "/count",
          schemaPath: "#/properties/count/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (typeof data8 == "number" && isFinite(data8)) {
        if (data8 < 0 || isNaN(data8)) {
          const err11 = {
            instancePath: instancePath + "/count",
            schemaPath: "#/properties/count/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
    }
  } else {
    const err12 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
export const MetricDefinition = validate28;
const schema29 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://aiperf-ts.github.io/schemas/metric-definition.schema.json",
  type: "object",
  additionalProperties: false,
  required: [
    "tag",
    "header",
    "shortHeader",
    "shortHeaderHideUnit",
    "unit",
    "displayUnit",
    "kind",
    "valueType",
    "numberType",
    "direction",
    "flags",
    "required",
    "displayOrder",
    "presentIn",
    "introduced",
    "formula",
  ],
  properties: {
    tag: { type: "string", pattern: "^[a-z][a-z0-9_]*$" },
    header: { type: "string", minLength: 1 },
    shortHeader: { type: ["string", "null"] },
    shortHeaderHideUnit: { type: "boolean" },
    unit: { type: "string", minLength: 1 },
    displayUnit: { type: ["string", "null"] },
    kind: { enum: ["record", "aggregate", "derived"] },
    valueType: { enum: ["scalar", "list"] },
    numberType: { enum: ["int", "float", null] },
    direction: { enum: ["lower", "higher", "none"] },
    flags: { $ref: "#/definitions/flagList" },
    flagsByFormat: {
      type: "object",
      additionalProperties: false,
      properties: { R: { $ref: "#/definitions/flagList" }, O: { $ref: "#/definitions/flagList" } },
    },
    required: { type: "array", items: { type: "string" }, uniqueItems: true },
    displayOrder: { type: ["integer", "null"] },
    displayOrderByFormat: {
      type: "object",
      additionalProperties: false,
      properties: { R: { type: ["integer", "null"] } },
    },
    presentIn: {
      type: "array",
      minItems: 1,
      uniqueItems: true,
      items: { $ref: "#/definitions/catalogFormat" },
    },
    introduced: { type: "string", minLength: 1 },
    renamedTo: { type: "string" },
    renamedFrom: { type: "string" },
    formula: { type: "string" },
    changes: { type: "array", items: { type: "string" } },
    pythonClass: { type: "string" },
    sourceFile: { type: "string" },
  },
  definitions: {
    catalogFormat: { enum: ["R", "O", "L"] },
    flagName: {
      enum: [
        "NONE",
        "STREAMING_ONLY",
        "ERROR_ONLY",
        "PRODUCES_TOKENS_ONLY",
        "NO_CONSOLE",
        "LARGER_IS_BETTER",
        "INTERNAL",
        "SUPPORTS_AUDIO_ONLY",
        "SUPPORTS_IMAGE_ONLY",
        "SUPPORTS_REASONING",
        "EXPERIMENTAL",
        "STREAMING_TOKENS_ONLY",
        "GOODPUT",
        "NO_INDIVIDUAL_RECORDS",
        "TOKENIZES_INPUT_ONLY",
        "SUPPORTS_VIDEO_ONLY",
        "USAGE_DIFF_ONLY",
        "HTTP_TRACE_ONLY",
        "PRODUCES_VIDEO_ONLY",
      ],
    },
    flagList: { type: "array", uniqueItems: true, items: { $ref: "#/definitions/flagName" } },
  },
};
const schema32 = { enum: ["R", "O", "L"] };
const func7 = require("ajv/dist/runtime/ucs2length").default;
const func0 = require("ajv/dist/runtime/equal").default;
const pattern0 = new RegExp("^[a-z][a-z0-9_]*$", "u");
const schema30 = { type: "array", uniqueItems: true, items: { $ref: "#/definitions/flagName" } };
const schema31 = {
  enum: [
    "NONE",
    "STREAMING_ONLY",
    "ERROR_ONLY",
    "PRODUCES_TOKENS_ONLY",
    "NO_CONSOLE",
    "LARGER_IS_BETTER",
    "INTERNAL",
    "SUPPORTS_AUDIO_ONLY",
    "SUPPORTS_IMAGE_ONLY",
    "SUPPORTS_REASONING",
    "EXPERIMENTAL",
    "STREAMING_TOKENS_ONLY",
    "GOODPUT",
    "NO_INDIVIDUAL_RECORDS",
    "TOKENIZES_INPUT_ONLY",
    "SUPPORTS_VIDEO_ONLY",
    "USAGE_DIFF_ONLY",
    "HTTP_TRACE_ONLY",
    "PRODUCES_VIDEO_ONLY",
  ],
};
function validate29(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (!(
        data0 === "NONE" ||
        data0 === "STREAMING_ONLY" ||
        data0 === "ERROR_ONLY" ||
        data0 === "PRODUCES_TOKENS_ONLY" ||
        data0 === "NO_CONSOLE" ||
        data0 === "LARGER_IS_BETTER" ||
        data0 === "INTERNAL" ||
        data0 === "SUPPORTS_AUDIO_ONLY" ||
        data0 === "SUPPORTS_IMAGE_ONLY" ||
        data0 === "SUPPORTS_REASONING" ||
        data0 === "EXPERIMENTAL" ||
        data0 === "STREAMING_TOKENS_ONLY" ||
        data0 === "GOODPUT" ||
        data0 === "NO_INDIVIDUAL_RECORDS" ||
        data0 === "TOKENIZES_INPUT_ONLY" ||
        data0 === "SUPPORTS_VIDEO_ONLY" ||
        data0 === "USAGE_DIFF_ONLY" ||
        data0 === "HTTP_TRACE_ONLY" ||
        data0 === "PRODUCES_VIDEO_ONLY"
      )) {
        const err0 = {
          instancePath: instancePath + "/" + i0,
          schemaPath: "#/definitions/flagName/enum",
          keyword: "enum",
          params: { allowedValues: schema31.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--;) {
        for (j0 = i1; j0--;) {
          if (func0(data[i1], data[j0])) {
            const err1 = {
              instancePath,
              schemaPath: "#/uniqueItems",
              keyword: "uniqueItems",
              params: { i: i1, j: j0 },
              message:
                "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)",
            };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "array" },
      message: "must be array",
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
function validate28(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://aiperf-ts.github.io/schemas/metric-definition.schema.json" */ let vErrors =
    null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "tag" },
        message: "must have required property '" + "tag" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.header === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "header" },
        message: "must have required property '" + "header" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.shortHeader === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "shortHeader" },
        message: "must have required property '" + "shortHeader" + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.shortHeaderHideUnit === undefined) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "shortHeaderHideUnit" },
        message: "must have required property '" + "shortHeaderHideUnit" + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.unit === undefined) {
      const err4 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "unit" },
        message: "must have required property '" + "unit" + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.displayUnit === undefined) {
      const err5 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "displayUnit" },
        message: "must have required property '" + "displayUnit" + "'",
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.kind === undefined) {
      const err6 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "kind" },
        message: "must have required property '" + "kind" + "'",
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.valueType === undefined) {
      const err7 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "valueType" },
        message: "must have required property '" + "valueType" + "'",
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.numberType === undefined) {
      const err8 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "numberType" },
        message: "must have required property '" + "numberType" + "'",
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.direction === undefined) {
      const err9 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "direction" },
        message: "must have required property '" + "direction" + "'",
      };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.flags === undefined) {
      const err10 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "flags" },
        message: "must have required property '" + "flags" + "'",
      };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.required === undefined) {
      const err11 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "required" },
        message: "must have required property '" + "required" + "'",
      };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.displayOrder === undefined) {
      const err12 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "displayOrder" },
        message: "must have required property '" + "displayOrder" + "'",
      };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.presentIn === undefined) {
      const err13 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "presentIn" },
        message: "must have required property '" + "presentIn" + "'",
      };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.introduced === undefined) {
      const err14 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "introduced" },
        message: "must have required property '" + "introduced" + "'",
      };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    if (data.formula === undefined) {
      const err15 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "formula" },
        message: "must have required property '" + "formula" + "'",
      };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema29.properties, key0)) {
        const err16 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.tag !== undefined) {
      let data0 = data.tag;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err17 = {
            instancePath: instancePath + "/tag",
            schemaPath: "#/properties/tag/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z][a-z0-9_]*$" },
            message: 'must match pattern "' + "^[a-z][a-z0-9_]*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = {
          instancePath: instancePath + "/tag",
          schemaPath: "#/properties/tag/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.header !== undefined) {
      let data1 = data.header;
      if (typeof data1 === "string") {
        if (func7(data1) < 1) {
          const err19 = {
            instancePath: instancePath + "/header",
            schemaPath: "#/properties/header/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = {
          instancePath: instancePath + "/header",
          schemaPath: "#/properties/header/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.shortHeader !== undefined) {
      let data2 = data.shortHeader;
      if (typeof data2 !== "string" && data2 !== null) {
        const err21 = {
          instancePath: instancePath + "/shortHeader",
          schemaPath: "#/properties/shortHeader/type",
          keyword: "type",
          params: { type: schema29.properties.shortHeader.type },
          message: "must be string,null",
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.shortHeaderHideUnit !== undefined) {
      if (typeof data.shortHeaderHideUnit !== "boolean") {
        const err22 = {
          instancePath: instancePath + "/shortHeaderHideUnit",
          schemaPath: "#/properties/shortHeaderHideUnit/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.unit !== undefined) {
      let data4 = data.unit;
      if (typeof data4 === "string") {
        if (func7(data4) < 1) {
          const err23 = {
            instancePath: instancePath + "/unit",
            schemaPath: "#/properties/unit/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = {
          instancePath: instancePath + "/unit",
          schemaPath: "#/properties/unit/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.displayUnit !== undefined) {
      let data5 = data.displayUnit;
      if (typeof data5 !== "string" && data5 !== null) {
        const err25 = {
          instancePath: instancePath + "/displayUnit",
          schemaPath: "#/properties/displayUnit/type",
          keyword: "type",
          params: { type: schema29.properties.displayUnit.type },
          message: "must be string,null",
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.kind !== undefined) {
      let data6 = data.kind;
      if (!(data6 === "record" || data6 === "aggregate" || data6 === "derived")) {
        const err26 = {
          instancePath: instancePath + "/kind",
          schemaPath: "#/properties/kind/enum",
          keyword: "enum",
          params: { allowedValues: schema29.properties.kind.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.valueType !== undefined) {
      let data7 = data.valueType;
      if (!(data7 === "scalar" || data7 === "list")) {
        const err27 = {
          instancePath: instancePath + "/valueType",
          schemaPath: "#/properties/valueType/enum",
          keyword: "enum",
          params: { allowedValues: schema29.properties.valueType.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.numberType !== undefined) {
      let data8 = data.numberType;
      if (!(data8 === "int" || data8 === "float" || data8 === null)) {
        const err28 = {
          instancePath: instancePath + "/numberType",
          schemaPath: "#/properties/numberType/enum",
          keyword: "enum",
          params: { allowedValues: schema29.properties.numberType.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.direction !== undefined) {
      let data9 = data.direction;
      if (!(data9 === "lower" || data9 === "higher" || data9 === "none")) {
        const err29 = {
          instancePath: instancePath + "/direction",
          schemaPath: "#/properties/direction/enum",
          keyword: "enum",
          params: { allowedValues: schema29.properties.direction.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.flags !== undefined) {
      if (
        !validate29(data.flags, {
          instancePath: instancePath + "/flags",
          parentData: data,
          parentDataProperty: "flags",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.flagsByFormat !== undefined) {
      let data11 = data.flagsByFormat;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        for (const key1 in data11) {
          if (!(key1 === "R" || key1 === "O")) {
            const err30 = {
              instancePath: instancePath + "/flagsByFormat",
              schemaPath: "#/properties/flagsByFormat/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties",
            };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data11.R !== undefined) {
          if (
            !validate29(data11.R, {
              instancePath: instancePath + "/flagsByFormat/R",
              parentData: data11,
              parentDataProperty: "R",
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
            errors = vErrors.length;
          }
        }
        if (data11.O !== undefined) {
          if (
            !validate29(data11.O, {
              instancePath: instancePath + "/flagsByFormat/O",
              parentData: data11,
              parentDataProperty: "O",
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err31 = {
          instancePath: instancePath + "/flagsByFormat",
          schemaPath: "#/properties/flagsByFormat/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.required !== undefined) {
      let data14 = data.required;
      if (Array.isArray(data14)) {
        const len0 = data14.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data14[i0] !== "string") {
            const err32 = {
              instancePath: instancePath + "/required/" + i0,
              schemaPath: "#/properties/required/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        let i1 = data14.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--;) {
            let item0 = data14[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err33 = {
                instancePath: instancePath + "/required",
                schemaPath: "#/properties/required/uniqueItems",
                keyword: "uniqueItems",
                params: { i: i1, j: j0 },
                message:
                  "must NOT have duplicate items (items ## " +
                  j0 +
                  " and " +
                  i1 +
                  " are identical)",
              };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err34 = {
          instancePath: instancePath + "/required",
          schemaPath: "#/properties/required/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.displayOrder !== undefined) {
      let data16 = data.displayOrder;
      if (
        !(typeof data16 == "number" && !(data16 % 1) && !isNaN(data16) && isFinite(data16)) &&
        data16 !== null
      ) {
        const err35 = {
          instancePath: instancePath + "/displayOrder",
          schemaPath: "#/properties/displayOrder/type",
          keyword: "type",
          params: { type: schema29.properties.displayOrder.type },
          message: "must be integer,null",
        };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.displayOrderByFormat !== undefined) {
      let data17 = data.displayOrderByFormat;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        for (const key2 in data17) {
          if (!(key2 === "R")) {
            const err36 = {
              instancePath: instancePath + "/displayOrderByFormat",
              schemaPath: "#/properties/displayOrderByFormat/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key2 },
              message: "must NOT have additional properties",
            };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data17.R !== undefined) {
          let data18 = data17.R;
          if (
            !(typeof data18 == "number" && !(data18 % 1) && !isNaN(data18) && isFinite(data18)) &&
            data18 !== null
          ) {
            const err37 = {
              instancePath: instancePath + "/displayOrderByFormat/R",
              schemaPath: "#/properties/displayOrderByFormat/properties/R/type",
              keyword: "type",
              params: { type: schema29.properties.displayOrderByFormat.properties.R.type },
              message: "must be integer,null",
            };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
      } else {
        const err38 = {
          instancePath: instancePath + "/displayOrderByFormat",
          schemaPath: "#/properties/displayOrderByFormat/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.presentIn !== undefined) {
      let data19 = data.presentIn;
      if (Array.isArray(data19)) {
        if (data19.length < 1) {
          const err39 = {
            instancePath: instancePath + "/presentIn",
            schemaPath: "#/properties/presentIn/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items",
          };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
        const len1 = data19.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data20 = data19[i2];
          if (!(data20 === "R" || data20 === "O" || data20 === "L")) {
            const err40 = {
              instancePath: instancePath + "/presentIn/" + i2,
              schemaPath: "#/definitions/catalogFormat/enum",
              keyword: "enum",
              params: { allowedValues: schema32.enum },
              message: "must be equal to one of the allowed values",
            };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        let i3 = data19.length;
        let j1;
        if (i3 > 1) {
          outer0: for (; i3--;) {
            for (j1 = i3; j1--;) {
              if (func0(data19[i3], data19[j1])) {
                const err41 = {
                  instancePath: instancePath + "/presentIn",
                  schemaPath: "#/properties/presentIn/uniqueItems",
                  keyword: "uniqueItems",
                  params: { i: i3, j: j1 },
                  message:
                    "must NOT have duplicate items (items ## " +
                    j1 +
                    " and " +
                    i3 +
                    " are identical)",
                };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err42 = {
          instancePath: instancePath + "/presentIn",
          schemaPath: "#/properties/presentIn/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.introduced !== undefined) {
      let data21 = data.introduced;
      if (typeof data21 === "string") {
        if (func7(data21) < 1) {
          const err43 = {
            instancePath: instancePath + "/introduced",
            schemaPath: "#/properties/introduced/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
      } else {
        const err44 = {
          instancePath: instancePath + "/introduced",
          schemaPath: "#/properties/introduced/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.renamedTo !== undefined) {
      if (typeof data.renamedTo !== "string") {
        const err45 = {
          instancePath: instancePath + "/renamedTo",
          schemaPath: "#/properties/renamedTo/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.renamedFrom !== undefined) {
      if (typeof data.renamedFrom !== "string") {
        const err46 = {
          instancePath: instancePath + "/renamedFrom",
          schemaPath: "#/properties/renamedFrom/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.formula !== undefined) {
      if (typeof data.formula !== "string") {
        const err47 = {
          instancePath: instancePath + "/formula",
          schemaPath: "#/properties/formula/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.changes !== undefined) {
      let data25 = data.changes;
      if (Array.isArray(data25)) {
        const len2 = data25.length;
        for (let i4 = 0; i4 < len2; i4++) {
          if (typeof data25[i4] !== "string") {
            const err48 = {
              instancePath: instancePath + "/changes/" + i4,
              schemaPath: "#/properties/changes/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
      } else {
        const err49 = {
          instancePath: instancePath + "/changes",
          schemaPath: "#/properties/changes/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
    if (data.pythonClass !== undefined) {
      if (typeof data.pythonClass !== "string") {
        const err50 = {
          instancePath: instancePath + "/pythonClass",
          schemaPath: "#/properties/pythonClass/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
    }
    if (data.sourceFile !== undefined) {
      if (typeof data.sourceFile !== "string") {
        const err51 = {
          instancePath: instancePath + "/sourceFile",
          schemaPath: "#/properties/sourceFile/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
  } else {
    const err52 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err52];
    } else {
      vErrors.push(err52);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
export const MetricRecordInfo = validate33;
const schema33 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://aiperf-ts.github.io/schemas/metric-record-info.schema.json",
  type: "object",
  required: ["metadata", "metrics"],
  properties: {
    metadata: { $ref: "metric-record-metadata.schema.json" },
    metrics: { type: "object", additionalProperties: { $ref: "metric-value.schema.json" } },
    error: {
      tsType: "ErrorDetails | null",
      type: ["object", "null"],
      if: { type: "object" },
      then: { $ref: "error-details.schema.json" },
    },
    trace_data: { type: ["object", "null"] },
  },
};
const schema37 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://aiperf-ts.github.io/schemas/metric-value.schema.json",
  type: "object",
  required: ["value", "unit"],
  properties: {
    value: { type: ["number", "array"], items: { type: "number" } },
    unit: { type: "string" },
  },
};
const schema34 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://aiperf-ts.github.io/schemas/metric-record-metadata.schema.json",
  tsType: "MetricRecordMetadataRun1 | MetricRecordMetadataSession",
  type: "object",
  if: { anyOf: [{ required: ["timestamp_ns"] }, { required: ["credit_phase"] }] },
  then: { $ref: "metric-record-metadata-run1.schema.json" },
  else: { $ref: "metric-record-metadata-session.schema.json" },
};
const schema35 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://aiperf-ts.github.io/schemas/metric-record-metadata-run1.schema.json",
  type: "object",
  required: ["timestamp_ns", "worker_id", "record_processor_id", "credit_phase"],
  properties: {
    x_request_id: { type: ["string", "null"] },
    x_correlation_id: { type: ["string", "null"] },
    conversation_id: { type: ["string", "null"] },
    turn_index: { type: ["integer", "null"] },
    timestamp_ns: { type: "integer" },
    worker_id: { type: "string" },
    record_processor_id: { type: "string" },
    credit_phase: { enum: ["warmup", "profiling"] },
  },
};
const schema36 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://aiperf-ts.github.io/schemas/metric-record-metadata-session.schema.json",
  type: "object",
  required: [
    "session_num",
    "request_start_ns",
    "request_end_ns",
    "worker_id",
    "record_processor_id",
  ],
  properties: {
    session_num: { type: "integer" },
    request_num: { type: ["integer", "null"] },
    x_request_id: { type: ["string", "null"] },
    x_correlation_id: { type: ["string", "null"] },
    root_correlation_id: { type: ["string", "null"] },
    conversation_id: { type: ["string", "null"] },
    turn_index: { type: ["integer", "null"] },
    agent_depth: { type: "integer", minimum: 0 },
    benchmark_phase: { type: "string" },
    phase_index: { type: ["integer", "null"] },
    profiling_index: { type: ["integer", "null"] },
    phase_name: { type: ["string", "null"] },
    phase_kind: { enum: ["warmup", "profiling", null] },
    credit_issued_ns: { type: ["integer", "null"] },
    credit_received_ns: { type: ["integer", "null"] },
    request_start_ns: { type: "integer" },
    request_ack_ns: { type: ["integer", "null"] },
    request_end_ns: { type: "integer" },
    was_cancelled: { type: "boolean" },
    cancellation_time_ns: { type: ["integer", "null"] },
    context_overflow_skip: { type: "boolean" },
    clock_offset_ns: { type: ["integer", "null"] },
    worker_id: { type: "string" },
    record_processor_id: { type: "string" },
    parent_correlation_id: { type: ["string", "null"] },
    source_trace_id: { type: ["string", "null"] },
    source_outer_idx: { type: ["integer", "null"], minimum: 0 },
    source_inner_idx: { type: ["integer", "null"], minimum: 0 },
    source_kind: { type: ["string", "null"] },
    global_dispatch_index: { type: ["integer", "null"] },
  },
};
function validate34(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://aiperf-ts.github.io/schemas/metric-record-metadata.schema.json" */ let vErrors =
    null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data))) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  const _errs3 = errors;
  let valid1 = false;
  const _errs4 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.timestamp_ns === undefined && (missing0 = "timestamp_ns")) {
      const err1 = {};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid1 = _errs4 === errors;
  valid1 = valid1 || _valid1;
  if (!valid1) {
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing1;
      if (data.credit_phase === undefined && (missing1 = "credit_phase")) {
        const err2 = {};
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    var _valid1 = _errs5 === errors;
    valid1 = valid1 || _valid1;
  }
  if (!valid1) {
    const err3 = {};
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  } else {
    errors = _errs3;
    if (vErrors !== null) {
      if (_errs3) {
        vErrors.length = _errs3;
      } else {
        vErrors = null;
      }
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs6 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.timestamp_ns === undefined) {
        const err4 = {
          instancePath,
          schemaPath: "metric-record-metadata-run1.schema.json/required",
          keyword: "required",
          params: { missingProperty: "timestamp_ns" },
          message: "must have required property '" + "timestamp_ns" + "'",
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (data.worker_id === undefined) {
        const err5 = {
          instancePath,
          schemaPath: "metric-record-metadata-run1.schema.json/required",
          keyword: "required",
          params: { missingProperty: "worker_id" },
          message: "must have required property '" + "worker_id" + "'",
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (data.record_processor_id === undefined) {
        const err6 = {
          instancePath,
          schemaPath: "metric-record-metadata-run1.schema.json/required",
          keyword: "required",
          params: { missingProperty: "record_processor_id" },
          message: "must have required property '" + "record_processor_id" + "'",
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (data.credit_phase === undefined) {
        const err7 = {
          instancePath,
          schemaPath: "metric-record-metadata-run1.schema.json/required",
          keyword: "required",
          params: { missingProperty: "credit_phase" },
          message: "must have required property '" + "credit_phase" + "'",
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (data.x_request_id !== undefined) {
        let data0 = data.x_request_id;
        if (typeof data0 !== "string" && data0 !== null) {
          const err8 = {
            instancePath: instancePath + "/x_request_id",
            schemaPath: "metric-record-metadata-run1.schema.json/properties/x_request_id/type",
            keyword: "type",
            params: { type: schema35.properties.x_request_id.type },
            message: "must be string,null",
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
      if (data.x_correlation_id !== undefined) {
        let data1 = data.x_correlation_id;
        if (typeof data1 !== "string" && data1 !== null) {
          const err9 = {
            instancePath: instancePath + "/x_correlation_id",
            schemaPath: "metric-record-metadata-run1.schema.json/properties/x_correlation_id/type",
            keyword: "type",
            params: { type: schema35.properties.x_correlation_id.type },
            message: "must be string,null",
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      if (data.conversation_id !== undefined) {
        let data2 = data.conversation_id;
        if (typeof data2 !== "string" && data2 !== null) {
          const err10 = {
            instancePath: instancePath + "/conversation_id",
            schemaPath: "metric-record-metadata-run1.schema.json/properties/conversation_id/type",
            keyword: "type",
            params: { type: schema35.properties.conversation_id.type },
            message: "must be string,null",
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
      if (data.turn_index !== undefined) {
        let data3 = data.turn_index;
        if (
          !(typeof data3 == "number" && !(data3 % 1) && !isNaN(data3) && isFinite(data3)) &&
          data3 !== null
        ) {
          const err11 = {
            instancePath: instancePath + "/turn_index",
            schemaPath: "metric-record-metadata-run1.schema.json/properties/turn_index/type",
            keyword: "type",
            params: { type: schema35.properties.turn_index.type },
            message: "must be integer,null",
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
      if (data.timestamp_ns !== undefined) {
        let data4 = data.timestamp_ns;
        if (!(typeof data4 == "number" && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
          const err12 = {
            instancePath: instancePath + "/timestamp_ns",
            schemaPath: "metric-record-metadata-run1.schema.json/properties/timestamp_ns/type",
            keyword: "type",
            params: { type: "integer" },
            message: "must be integer",
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
      if (data.worker_id !== undefined) {
        if (typeof data.worker_id !== "string") {
          const err13 = {
            instancePath: instancePath + "/worker_id",
            schemaPath: "metric-record-metadata-run1.schema.json/properties/worker_id/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
      if (data.record_processor_id !== undefined) {
        if (typeof data.record_processor_id !== "string") {
          const err14 = {
            instancePath: instancePath + "/record_processor_id",
            schemaPath:
              "metric-record-metadata-run1.schema.json/properties/record_processor_id/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
      if (data.credit_phase !== undefined) {
        let data7 = data.credit_phase;
        if (!(data7 === "warmup" || data7 === "profiling")) {
          const err15 = {
            instancePath: instancePath + "/credit_phase",
            schemaPath: "metric-record-metadata-run1.schema.json/properties/credit_phase/enum",
            keyword: "enum",
            params: { allowedValues: schema35.properties.credit_phase.enum },
            message: "must be equal to one of the allowed values",
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
    } else {
      const err16 = {
        instancePath,
        schemaPath: "metric-record-metadata-run1.schema.json/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
      };
      if (vErrors === null) {
        vErrors = [err16];
      } else {
        vErrors.push(err16);
      }
      errors++;
    }
    var _valid0 = _errs6 === errors;
    valid0 = _valid0;
    ifClause0 = "then";
  } else {
    const _errs24 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.session_num === undefined) {
        const err17 = {
          instancePath,
          schemaPath: "metric-record-metadata-session.schema.json/required",
          keyword: "required",
          params: { missingProperty: "session_num" },
          message: "must have required property '" + "session_num" + "'",
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (data.request_start_ns === undefined) {
        const err18 = {
          instancePath,
          schemaPath: "metric-record-metadata-session.schema.json/required",
          keyword: "required",
          params: { missingProperty: "request_start_ns" },
          message: "must have required property '" + "request_start_ns" + "'",
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (data.request_end_ns === undefined) {
        const err19 = {
          instancePath,
          schemaPath: "metric-record-metadata-session.schema.json/required",
          keyword: "required",
          params: { missingProperty: "request_end_ns" },
          message: "must have required property '" + "request_end_ns" + "'",
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      if (data.worker_id === undefined) {
        const err20 = {
          instancePath,
          schemaPath: "metric-record-metadata-session.schema.json/required",
          keyword: "required",
          params: { missingProperty: "worker_id" },
          message: "must have required property '" + "worker_id" + "'",
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      if (data.record_processor_id === undefined) {
        const err21 = {
          instancePath,
          schemaPath: "metric-record-metadata-session.schema.json/required",
          keyword: "required",
          params: { missingProperty: "record_processor_id" },
          message: "must have required property '" + "record_processor_id" + "'",
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (data.session_num !== undefined) {
        let data8 = data.session_num;
        if (!(typeof data8 == "number" && !(data8 % 1) && !isNaN(data8) && isFinite(data8))) {
          const err22 = {
            instancePath: instancePath + "/session_num",
            schemaPath: "metric-record-metadata-session.schema.json/properties/session_num/type",
            keyword: "type",
            params: { type: "integer" },
            message: "must be integer",
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      }
      if (data.request_num !== undefined) {
        let data9 = data.request_num;
        if (
          !(typeof data9 == "number" && !(data9 % 1) && !isNaN(data9) && isFinite(data9)) &&
          data9 !== null
        ) {
          const err23 = {
            instancePath: instancePath + "/request_num",
            schemaPath: "metric-record-metadata-session.schema.json/properties/request_num/type",
            keyword: "type",
            params: { type: schema36.properties.request_num.type },
            message: "must be integer,null",
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      }
      if (data.x_request_id !== undefined) {
        let data10 = data.x_request_id;
        if (typeof data10 !== "string" && data10 !== null) {
          const err24 = {
            instancePath: instancePath + "/x_request_id",
            schemaPath: "metric-record-metadata-session.schema.json/properties/x_request_id/type",
            keyword: "type",
            params: { type: schema36.properties.x_request_id.type },
            message: "must be string,null",
          };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      }
      if (data.x_correlation_id !== undefined) {
        let data11 = data.x_correlation_id;
        if (typeof data11 !== "string" && data11 !== null) {
          const err25 = {
            instancePath: instancePath + "/x_correlation_id",
            schemaPath:
              "metric-record-metadata-session.schema.json/properties/x_correlation_id/type",
            keyword: "type",
            params: { type: schema36.properties.x_correlation_id.type },
            message: "must be string,null",
          };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      }
      if (data.root_correlation_id !== undefined) {
        let data12 = data.root_correlation_id;
        if (typeof data12 !== "string" && data12 !== null) {
          const err26 = {
            instancePath: instancePath + "/root_correlation_id",
            schemaPath:
              "metric-record-metadata-session.schema.json/properties/root_correlation_id/type",
            keyword: "type",
            params: { type: schema36.properties.root_correlation_id.type },
            message: "must be string,null",
          };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      }
      if (data.conversation_id !== undefined) {
        let data13 = data.conversation_id;
        if (typeof data13 !== "string" && data13 !== null) {
          const err27 = {
            instancePath: instancePath + "/conversation_id",
            schemaPath:
              "metric-record-metadata-session.schema.json/properties/conversation_id/type",
            keyword: "type",
            params: { type: schema36.properties.conversation_id.type },
            message: "must be string,null",
          };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      }
      if (data.turn_index !== undefined) {
        let data14 = data.turn_index;
        if (
          !(typeof data14 == "number" && !(data14 % 1) && !isNaN(data14) && isFinite(data14)) &&
          data14 !== null
        ) {
          const err28 = {
            instancePath: instancePath + "/turn_index",
            schemaPath: "metric-record-metadata-session.schema.json/properties/turn_index/type",
            keyword: "type",
            params: { type: schema36.properties.turn_index.type },
            message: "must be integer,null",
          };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      }
      if (data.agent_depth !== undefined) {
        let data15 = data.agent_depth;
        if (!(typeof data15 == "number" && !(data15 % 1) && !isNaN(data15) && isFinite(data15))) {
          const err29 = {
            instancePath: instancePath + "/agent_depth",
            schemaPath: "metric-record-metadata-session.schema.json/properties/agent_depth/type",
            keyword: "type",
            params: { type: "integer" },
            message: "must be integer",
          };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (typeof data15 == "number" && isFinite(data15)) {
          if (data15 < 0 || isNaN(data15)) {
            const err30 = {
              instancePath: instancePath + "/agent_depth",
              schemaPath:
                "metric-record-metadata-session.schema.json/properties/agent_depth/minimum",
              keyword: "minimum",
              params: { comparison: ">=", limit: 0 },
              message: "must be >= 0",
            };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      }
      if (data.benchmark_phase !== undefined) {
        if (typeof data.benchmark_phase !== "string") {
          const err31 = {
            instancePath: instancePath + "/benchmark_phase",
            schemaPath:
              "metric-record-metadata-session.schema.json/properties/benchmark_phase/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      }
      if (data.phase_index !== undefined) {
        let data17 = data.phase_index;
        if (
          !(typeof data17 == "number" && !(data17 % 1) && !isNaN(data17) && isFinite(data17)) &&
          data17 !== null
        ) {
          const err32 = {
            instancePath: instancePath + "/phase_index",
            schemaPath: "metric-record-metadata-session.schema.json/properties/phase_index/type",
            keyword: "type",
            params: { type: schema36.properties.phase_index.type },
            message: "must be integer,null",
          };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      }
      if (data.profiling_index !== undefined) {
        let data18 = data.profiling_index;
        if (
          !(typeof data18 == "number" && !(data18 % 1) && !isNaN(data18) && isFinite(data18)) &&
          data18 !== null
        ) {
          const err33 = {
            instancePath: instancePath + "/profiling_index",
            schemaPath:
              "metric-record-metadata-session.schema.json/properties/profiling_index/type",
            keyword: "type",
            params: { type: schema36.properties.profiling_index.type },
            message: "must be integer,null",
          };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      }
      if (data.phase_name !== undefined) {
        let data19 = data.phase_name;
        if (typeof data19 !== "string" && data19 !== null) {
          const err34 = {
            instancePath: instancePath + "/phase_name",
            schemaPath: "metric-record-metadata-session.schema.json/properties/phase_name/type",
            keyword: "type",
            params: { type: schema36.properties.phase_name.type },
            message: "must be string,null",
          };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      }
      if (data.phase_kind !== undefined) {
        let data20 = data.phase_kind;
        if (!(data20 === "warmup" || data20 === "profiling" || data20 === null)) {
          const err35 = {
            instancePath: instancePath + "/phase_kind",
            schemaPath: "metric-record-metadata-session.schema.json/properties/phase_kind/enum",
            keyword: "enum",
            params: { allowedValues: schema36.properties.phase_kind.enum },
            message: "must be equal to one of the allowed values",
          };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      }
      if (data.credit_issued_ns !== undefined) {
        let data21 = data.credit_issued_ns;
        if (
          !(typeof data21 == "number" && !(data21 % 1) && !isNaN(data21) && isFinite(data21)) &&
          data21 !== null
        ) {
          const err36 = {
            instancePath: instancePath + "/credit_issued_ns",
            schemaPath:
              "metric-record-metadata-session.schema.json/properties/credit_issued_ns/type",
            keyword: "type",
            params: { type: schema36.properties.credit_issued_ns.type },
            message: "must be integer,null",
          };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      }
      if (data.credit_received_ns !== undefined) {
        let data22 = data.credit_received_ns;
        if (
          !(typeof data22 == "number" && !(data22 % 1) && !isNaN(data22) && isFinite(data22)) &&
          data22 !== null
        ) {
          const err37 = {
            instancePath: instancePath + "/credit_received_ns",
            schemaPath:
              "metric-record-metadata-session.schema.json/properties/credit_received_ns/type",
            keyword: "type",
            params: { type: schema36.properties.credit_received_ns.type },
            message: "must be integer,null",
          };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
      }
      if (data.request_start_ns !== undefined) {
        let data23 = data.request_start_ns;
        if (!(typeof data23 == "number" && !(data23 % 1) && !isNaN(data23) && isFinite(data23))) {
          const err38 = {
            instancePath: instancePath + "/request_start_ns",
            schemaPath:
              "metric-record-metadata-session.schema.json/properties/request_start_ns/type",
            keyword: "type",
            params: { type: "integer" },
            message: "must be integer",
          };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      }
      if (data.request_ack_ns !== undefined) {
        let data24 = data.request_ack_ns;
        if (
          !(typeof data24 == "number" && !(data24 % 1) && !isNaN(data24) && isFinite(data24)) &&
          data24 !== null
        ) {
          const err39 = {
            instancePath: instancePath + "/request_ack_ns",
            schemaPath: "metric-record-metadata-session.schema.json/properties/request_ack_ns/type",
            keyword: "type",
            params: { type: schema36.properties.request_ack_ns.type },
            message: "must be integer,null",
          };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
      }
      if (data.request_end_ns !== undefined) {
        let data25 = data.request_end_ns;
        if (!(typeof data25 == "number" && !(data25 % 1) && !isNaN(data25) && isFinite(data25))) {
          const err40 = {
            instancePath: instancePath + "/request_end_ns",
            schemaPath: "metric-record-metadata-session.schema.json/properties/request_end_ns/type",
            keyword: "type",
            params: { type: "integer" },
            message: "must be integer",
          };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
      }
      if (data.was_cancelled !== undefined) {
        if (typeof data.was_cancelled !== "boolean") {
          const err41 = {
            instancePath: instancePath + "/was_cancelled",
            schemaPath: "metric-record-metadata-session.schema.json/properties/was_cancelled/type",
            keyword: "type",
            params: { type: "boolean" },
            message: "must be boolean",
          };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
      }
      if (data.cancellation_time_ns !== undefined) {
        let data27 = data.cancellation_time_ns;
        if (
          !(typeof data27 == "number" && !(data27 % 1) && !isNaN(data27) && isFinite(data27)) &&
          data27 !== null
        ) {
          const err42 = {
            instancePath: instancePath + "/cancellation_time_ns",
            schemaPath:
              "metric-record-metadata-session.schema.json/properties/cancellation_time_ns/type",
            keyword: "type",
            params: { type: schema36.properties.cancellation_time_ns.type },
            message: "must be integer,null",
          };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
      }
      if (data.context_overflow_skip !== undefined) {
        if (typeof data.context_overflow_skip !== "boolean") {
          const err43 = {
            instancePath: instancePath + "/context_overflow_skip",
            schemaPath:
              "metric-record-metadata-session.schema.json/properties/context_overflow_skip/type",
            keyword: "type",
            params: { type: "boolean" },
            message: "must be boolean",
          };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
      }
      if (data.clock_offset_ns !== undefined) {
        let data29 = data.clock_offset_ns;
        if (
          !(typeof data29 == "number" && !(data29 % 1) && !isNaN(data29) && isFinite(data29)) &&
          data29 !== null
        ) {
          const err44 = {
            instancePath: instancePath + "/clock_offset_ns",
            schemaPath:
              "metric-record-metadata-session.schema.json/properties/clock_offset_ns/type",
            keyword: "type",
            params: { type: schema36.properties.clock_offset_ns.type },
            message: "must be integer,null",
          };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
      }
      if (data.worker_id !== undefined) {
        if (typeof data.worker_id !== "string") {
          const err45 = {
            instancePath: instancePath + "/worker_id",
            schemaPath: "metric-record-metadata-session.schema.json/properties/worker_id/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
      }
      if (data.record_processor_id !== undefined) {
        if (typeof data.record_processor_id !== "string") {
          const err46 = {
            instancePath: instancePath + "/record_processor_id",
            schemaPath:
              "metric-record-metadata-session.schema.json/properties/record_processor_id/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
      }
      if (data.parent_correlation_id !== undefined) {
        let data32 = data.parent_correlation_id;
        if (typeof data32 !== "string" && data32 !== null) {
          const err47 = {
            instancePath: instancePath + "/parent_correlation_id",
            schemaPath:
              "metric-record-metadata-session.schema.json/properties/parent_correlation_id/type",
            keyword: "type",
            params: { type: schema36.properties.parent_correlation_id.type },
            message: "must be string,null",
          };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
      }
      if (data.source_trace_id !== undefined) {
        let data33 = data.source_trace_id;
        if (typeof data33 !== "string" && data33 !== null) {
          const err48 = {
            instancePath: instancePath + "/source_trace_id",
            schemaPath:
              "metric-record-metadata-session.schema.json/properties/source_trace_id/type",
            keyword: "type",
            params: { type: schema36.properties.source_trace_id.type },
            message: "must be string,null",
          };
          if (vErrors === null) {
            vErrors = [err48];
          } else {
            vErrors.push(err48);
          }
          errors++;
        }
      }
      if (data.source_outer_idx !== undefined) {
        let data34 = data.source_outer_idx;
        if (
          !(typeof data34 == "number" && !(data34 % 1) && !isNaN(data34) && isFinite(data34)) &&
          data34 !== null
        ) {
          const err49 = {
            instancePath: instancePath + "/source_outer_idx",
            schemaPath:
              "metric-record-metadata-session.schema.json/properties/source_outer_idx/type",
            keyword: "type",
            params: { type: schema36.properties.source_outer_idx.type },
            message: "must be integer,null",
          };
          if (vErrors === null) {
            vErrors = [err49];
          } else {
            vErrors.push(err49);
          }
          errors++;
        }
        if (typeof data34 == "number" && isFinite(data34)) {
          if (data34 < 0 || isNaN(data34)) {
            const err50 = {
              instancePath: instancePath + "/source_outer_idx",
              schemaPath:
                "metric-record-metadata-session.schema.json/properties/source_outer_idx/minimum",
              keyword: "minimum",
              params: { comparison: ">=", limit: 0 },
              message: "must be >= 0",
            };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
      }
      if (data.source_inner_idx !== undefined) {
        let data35 = data.source_inner_idx;
        if (
          !(typeof data35 == "number" && !(data35 % 1) && !isNaN(data35) && isFinite(data35)) &&
          data35 !== null
        ) {
          const err51 = {
            instancePath: instancePath + "/source_inner_idx",
            schemaPath:
              "metric-record-metadata-session.schema.json/properties/source_inner_idx/type",
            keyword: "type",
            params: { type: schema36.properties.source_inner_idx.type },
            message: "must be integer,null",
          };
          if (vErrors === null) {
            vErrors = [err51];
          } else {
            vErrors.push(err51);
          }
          errors++;
        }
        if (typeof data35 == "number" && isFinite(data35)) {
          if (data35 < 0 || isNaN(data35)) {
            const err52 = {
              instancePath: instancePath + "/source_inner_idx",
              schemaPath:
                "metric-record-metadata-session.schema.json/properties/source_inner_idx/minimum",
              keyword: "minimum",
              params: { comparison: ">=", limit: 0 },
              message: "must be >= 0",
            };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
      }
      if (data.source_kind !== undefined) {
        let data36 = data.source_kind;
        if (typeof data36 !== "string" && data36 !== null) {
          const err53 = {
            instancePath: instancePath + "/source_kind",
            schemaPath: "metric-record-metadata-session.schema.json/properties/source_kind/type",
            keyword: "type",
            params: { type: schema36.properties.source_kind.type },
            message: "must be string,null",
          };
          if (vErrors === null) {
            vErrors = [err53];
          } else {
            vErrors.push(err53);
          }
          errors++;
        }
      }
      if (data.global_dispatch_index !== undefined) {
        let data37 = data.global_dispatch_index;
        if (
          !(typeof data37 == "number" && !(data37 % 1) && !isNaN(data37) && isFinite(data37)) &&
          data37 !== null
        ) {
          const err54 = {
            instancePath: instancePath + "/global_dispatch_index",
            schemaPath:
              "metric-record-metadata-session.schema.json/properties/global_dispatch_index/type",
            keyword: "type",
            params: { type: schema36.properties.global_dispatch_index.type },
            message: "must be integer,null",
          };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
      }
    } else {
      const err55 = {
        instancePath,
        schemaPath: "metric-record-metadata-session.schema.json/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
      };
      if (vErrors === null) {
        vErrors = [err55];
      } else {
        vErrors.push(err55);
      }
      errors++;
    }
    var _valid0 = _errs24 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
  }
  if (!valid0) {
    const err56 = {
      instancePath,
      schemaPath: "#/if",
      keyword: "if",
      params: { failingKeyword: ifClause0 },
      message: 'must match "' + ifClause0 + '" schema',
    };
    if (vErrors === null) {
      vErrors = [err56];
    } else {
      vErrors.push(err56);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
function validate33(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://aiperf-ts.github.io/schemas/metric-record-info.schema.json" */ let vErrors =
    null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.metadata === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "metadata" },
        message: "must have required property '" + "metadata" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.metrics === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "metrics" },
        message: "must have required property '" + "metrics" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata !== undefined) {
      if (
        !validate34(data.metadata, {
          instancePath: instancePath + "/metadata",
          parentData: data,
          parentDataProperty: "metadata",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.metrics !== undefined) {
      let data1 = data.metrics;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key0 in data1) {
          let data2 = data1[key0];
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.value === undefined) {
              const err2 = {
                instancePath:
                  instancePath + "/metrics/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "metric-value.schema.json/required",
                keyword: "required",
                params: { missingProperty: "value" },
                message: "must have required property '" + "value" + "'",
              };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            if (data2.unit === undefined) {
              const err3 = {
                instancePath:
                  instancePath + "/metrics/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "metric-value.schema.json/required",
                keyword: "required",
                params: { missingProperty: "unit" },
                message: "must have required property '" + "unit" + "'",
              };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (data2.value !== undefined) {
              let data3 = data2.value;
              if (!(typeof data3 == "number" && isFinite(data3)) && !Array.isArray(data3)) {
                const err4 = {
                  instancePath:
                    instancePath +
                    "/metrics/" +
                    key0.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/value",
                  schemaPath: "metric-value.schema.json/properties/value/type",
                  keyword: "type",
                  params: { type: schema37.properties.value.type },
                  message: "must be number,array",
                };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
              if (Array.isArray(data3)) {
                const len0 = data3.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data4 = data3[i0];
                  if (!(typeof data4 == "number" && isFinite(data4))) {
                    const err5 = {
                      instancePath:
                        instancePath +
                        "/metrics/" +
                        key0.replace(/~/g, "~0").replace(/\//g, "~1") +
                        "/value/" +
                        i0,
                      schemaPath: "metric-value.schema.json/properties/value/items/type",
                      keyword: "type",
                      params: { type: "number" },
                      message: "must be number",
                    };
                    if (vErrors === null) {
                      vErrors = [err5];
                    } else {
                      vErrors.push(err5);
                    }
                    errors++;
                  }
                }
              }
            }
            if (data2.unit !== undefined) {
              if (typeof data2.unit !== "string") {
                const err6 = {
                  instancePath:
                    instancePath +
                    "/metrics/" +
                    key0.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/unit",
                  schemaPath: "metric-value.schema.json/properties/unit/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
          } else {
            const err7 = {
              instancePath:
                instancePath + "/metrics/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "metric-value.schema.json/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = {
          instancePath: instancePath + "/metrics",
          schemaPath: "#/properties/metrics/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.error !== undefined) {
      let data6 = data.error;
      if (!(data6 && typeof data6 == "object" && !Array.isArray(data6)) && data6 !== null) {
        const err9 = {
          instancePath: instancePath + "/error",
          schemaPath: "#/properties/error/type",
          keyword: "type",
          params: { type: schema33.properties.error.type },
          message: "must be object,null",
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      const _errs16 = errors;
      let valid6 = true;
      const _errs17 = errors;
      if (!(data6 && typeof data6 == "object" && !Array.isArray(data6))) {
        const err10 = {};
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var _valid0 = _errs17 === errors;
      errors = _errs16;
      if (vErrors !== null) {
        if (_errs16) {
          vErrors.length = _errs16;
        } else {
          vErrors = null;
        }
      }
      if (_valid0) {
        const _errs19 = errors;
        if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
          if (data6.message === undefined) {
            const err11 = {
              instancePath: instancePath + "/error",
              schemaPath: "error-details.schema.json/required",
              keyword: "required",
              params: { missingProperty: "message" },
              message: "must have required property '" + "message" + "'",
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
          if (data6.code !== undefined) {
            let data7 = data6.code;
            if (
              !(typeof data7 == "number" && !(data7 % 1) && !isNaN(data7) && isFinite(data7)) &&
              data7 !== null
            ) {
              const err12 = {
                instancePath: instancePath + "/error/code",
                schemaPath: "error-details.schema.json/properties/code/type",
                keyword: "type",
                params: { type: schema26.properties.code.type },
                message: "must be integer,null",
              };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          }
          if (data6.type !== undefined) {
            let data8 = data6.type;
            if (typeof data8 !== "string" && data8 !== null) {
              const err13 = {
                instancePath: instancePath + "/error/type",
                schemaPath: "error-details.schema.json/properties/type/type",
                keyword: "type",
                params: { type: schema26.properties.type.type },
                message: "must be string,null",
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          }
          if (data6.message !== undefined) {
            if (typeof data6.message !== "string") {
              const err14 = {
                instancePath: instancePath + "/error/message",
                schemaPath: "error-details.schema.json/properties/message/type",
                keyword: "type",
                params: { type: "string" },
                message: "must be string",
              };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          }
          if (data6.cause !== undefined) {
            let data10 = data6.cause;
            if (typeof data10 !== "string" && data10 !== null) {
              const err15 = {
                instancePath: instancePath + "/error/cause",
                schemaPath: "error-details.schema.json/properties/cause/type",
                keyword: "type",
                params: { type: schema26.properties.cause.type },
                message: "must be string,null",
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          }
          if (data6.cause_chain !== undefined) {
            let data11 = data6.cause_chain;
            if (!Array.isArray(data11) && data11 !== null) {
              const err16 = {
                instancePath: instancePath + "/error/cause_chain",
                schemaPath: "error-details.schema.json/properties/cause_chain/type",
                keyword: "type",
                params: { type: schema26.properties.cause_chain.type },
                message: "must be array,null",
              };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (Array.isArray(data11)) {
              const len1 = data11.length;
              for (let i1 = 0; i1 < len1; i1++) {
                if (typeof data11[i1] !== "string") {
                  const err17 = {
                    instancePath: instancePath + "/error/cause_chain/" + i1,
                    schemaPath: "error-details.schema.json/properties/cause_chain/items/type",
                    keyword: "type",
                    params: { type: "string" },
                    message: "must be string",
                  };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              }
            }
          }
        } else {
          const err18 = {
            instancePath: instancePath + "/error",
            schemaPath: "error-details.schema.json/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        var _valid0 = _errs19 === errors;
        valid6 = _valid0;
      }
      if (!valid6) {
        const err19 = {
          instancePath: instancePath + "/error",
          schemaPath: "#/properties/error/if",
          keyword: "if",
          params: { failingKeyword: "then" },
          message: 'must match "then" schema',
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.trace_data !== undefined) {
      let data14 = data.trace_data;
      if (!(data14 && typeof data14 == "object" && !Array.isArray(data14)) && data14 !== null) {
        const err20 = {
          instancePath: instancePath + "/trace_data",
          schemaPath: "#/properties/trace_data/type",
          keyword: "type",
          params: { type: schema33.properties.trace_data.type },
          message: "must be object,null",
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
  } else {
    const err21 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
export const MetricRecordMetadata = validate34;
export const MetricResult = validate36;
const schema39 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://aiperf-ts.github.io/schemas/metric-result.schema.json",
  type: "object",
  required: ["unit", "avg"],
  properties: {
    tag: { type: "string" },
    unit: { type: "string" },
    header: { type: "string" },
    avg: { type: ["number", "null"] },
    min: { type: ["number", "null"] },
    max: { type: ["number", "null"] },
    sum: { type: ["number", "null"] },
    p1: { type: ["number", "null"] },
    p5: { type: ["number", "null"] },
    p10: { type: ["number", "null"] },
    p25: { type: ["number", "null"] },
    p50: { type: ["number", "null"] },
    p75: { type: ["number", "null"] },
    p90: { type: ["number", "null"] },
    p95: { type: ["number", "null"] },
    p99: { type: ["number", "null"] },
    std: { type: ["number", "null"] },
    count: { type: ["integer", "null"] },
  },
  patternProperties: { "^p\\d+\\.\\d+$": { type: ["number", "null"], tsType: "unknown" } },
};
const pattern1 = new RegExp("^p\\d+\\.\\d+$", "u");
function validate36(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://aiperf-ts.github.io/schemas/metric-result.schema.json" */ let vErrors =
    null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.unit === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "unit" },
        message: "must have required property '" + "unit" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.avg === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "avg" },
        message: "must have required property '" + "avg" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.tag !== undefined) {
      if (typeof data.tag !== "string") {
        const err2 = {
          instancePath: instancePath + "/tag",
          schemaPath: "#/properties/tag/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.unit !== undefined) {
      if (typeof data.unit !== "string") {
        const err3 = {
          instancePath: instancePath + "/unit",
          schemaPath: "#/properties/unit/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.header !== undefined) {
      if (typeof data.header !== "string") {
        const err4 = {
          instancePath: instancePath + "/header",
          schemaPath: "#/properties/header/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.avg !== undefined) {
      let data3 = data.avg;
      if (!(typeof data3 == "number" && isFinite(data3)) && data3 !== null) {
        const err5 = {
          instancePath: instancePath + "/avg",
          schemaPath: "#/properties/avg/type",
          keyword: "type",
          params: { type: schema39.properties.avg.type },
          message: "must be number,null",
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.min !== undefined) {
      let data4 = data.min;
      if (!(typeof data4 == "number" && isFinite(data4)) && data4 !== null) {
        const err6 = {
          instancePath: instancePath + "/min",
          schemaPath: "#/properties/min/type",
          keyword: "type",
          params: { type: schema39.properties.min.type },
          message: "must be number,null",
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.max !== undefined) {
      let data5 = data.max;
      if (!(typeof data5 == "number" && isFinite(data5)) && data5 !== null) {
        const err7 = {
          instancePath: instancePath + "/max",
          schemaPath: "#/properties/max/type",
          keyword: "type",
          params: { type: schema39.properties.max.type },
          message: "must be number,null",
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.sum !== undefined) {
      let data6 = data.sum;
      if (!(typeof data6 == "number" && isFinite(data6)) && data6 !== null) {
        const err8 = {
          instancePath: instancePath + "/sum",
          schemaPath: "#/properties/sum/type",
          keyword: "type",
          params: { type: schema39.properties.sum.type },
          message: "must be number,null",
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.p1 !== undefined) {
      let data7 = data.p1;
      if (!(typeof data7 == "number" && isFinite(data7)) && data7 !== null) {
        const err9 = {
          instancePath: instancePath + "/p1",
          schemaPath: "#/properties/p1/type",
          keyword: "type",
          params: { type: schema39.properties.p1.type },
          message: "must be number,null",
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.p5 !== undefined) {
      let data8 = data.p5;
      if (!(typeof data8 == "number" && isFinite(data8)) && data8 !== null) {
        const err10 = {
          instancePath: instancePath + "/p5",
          schemaPath: "#/properties/p5/type",
          keyword: "type",
          params: { type: schema39.properties.p5.type },
          message: "must be number,null",
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.p10 !== undefined) {
      let data9 = data.p10;
      if (!(typeof data9 == "number" && isFinite(data9)) && data9 !== null) {
        const err11 = {
          instancePath: instancePath + "/p10",
          schemaPath: "#/properties/p10/type",
          keyword: "type",
          params: { type: schema39.properties.p10.type },
          message: "must be number,null",
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.p25 !== undefined) {
      let data10 = data.p25;
      if (!(typeof data10 == "number" && isFinite(data10)) && data10 !== null) {
        const err12 = {
          instancePath: instancePath + "/p25",
          schemaPath: "#/properties/p25/type",
          keyword: "type",
          params: { type: schema39.properties.p25.type },
          message: "must be number,null",
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.p50 !== undefined) {
      let data11 = data.p50;
      if (!(typeof data11 == "number" && isFinite(data11)) && data11 !== null) {
        const err13 = {
          instancePath: instancePath + "/p50",
          schemaPath: "#/properties/p50/type",
          keyword: "type",
          params: { type: schema39.properties.p50.type },
          message: "must be number,null",
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.p75 !== undefined) {
      let data12 = data.p75;
      if (!(typeof data12 == "number" && isFinite(data12)) && data12 !== null) {
        const err14 = {
          instancePath: instancePath + "/p75",
          schemaPath: "#/properties/p75/type",
          keyword: "type",
          params: { type: schema39.properties.p75.type },
          message: "must be number,null",
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.p90 !== undefined) {
      let data13 = data.p90;
      if (!(typeof data13 == "number" && isFinite(data13)) && data13 !== null) {
        const err15 = {
          instancePath: instancePath + "/p90",
          schemaPath: "#/properties/p90/type",
          keyword: "type",
          params: { type: schema39.properties.p90.type },
          message: "must be number,null",
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.p95 !== undefined) {
      let data14 = data.p95;
      if (!(typeof data14 == "number" && isFinite(data14)) && data14 !== null) {
        const err16 = {
          instancePath: instancePath + "/p95",
          schemaPath: "#/properties/p95/type",
          keyword: "type",
          params: { type: schema39.properties.p95.type },
          message: "must be number,null",
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.p99 !== undefined) {
      let data15 = data.p99;
      if (!(typeof data15 == "number" && isFinite(data15)) && data15 !== null) {
        const err17 = {
          instancePath: instancePath + "/p99",
          schemaPath: "#/properties/p99/type",
          keyword: "type",
          params: { type: schema39.properties.p99.type },
          message: "must be number,null",
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.std !== undefined) {
      let data16 = data.std;
      if (!(typeof data16 == "number" && isFinite(data16)) && data16 !== null) {
        const err18 = {
          instancePath: instancePath + "/std",
          schemaPath: "#/properties/std/type",
          keyword: "type",
          params: { type: schema39.properties.std.type },
          message: "must be number,null",
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.count !== undefined) {
      let data17 = data.count;
      if (
        !(typeof data17 == "number" && !(data17 % 1) && !isNaN(data17) && isFinite(data17)) &&
        data17 !== null
      ) {
        const err19 = {
          instancePath: instancePath + "/count",
          schemaPath: "#/properties/count/type",
          keyword: "type",
          params: { type: schema39.properties.count.type },
          message: "must be integer,null",
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    for (const key0 in data) {
      if (pattern1.test(key0)) {
        let data18 = data[key0];
        if (!(typeof data18 == "number" && isFinite(data18)) && data18 !== null) {
          const err20 = {
            instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
            schemaPath: "#/patternProperties/%5Ep%5Cd%2B%5C.%5Cd%2B%24/type",
            keyword: "type",
            params: { type: schema39.patternProperties["^p\\d+\\.\\d+$"].type },
            message: "must be number,null",
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
    }
  } else {
    const err21 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate36.errors = vErrors;
  return errors === 0;
}
export const MetricValue = validate37;
function validate37(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://aiperf-ts.github.io/schemas/metric-value.schema.json" */ let vErrors =
    null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.value === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "value" },
        message: "must have required property '" + "value" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.unit === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "unit" },
        message: "must have required property '" + "unit" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.value !== undefined) {
      let data0 = data.value;
      if (!(typeof data0 == "number" && isFinite(data0)) && !Array.isArray(data0)) {
        const err2 = {
          instancePath: instancePath + "/value",
          schemaPath: "#/properties/value/type",
          keyword: "type",
          params: { type: schema37.properties.value.type },
          message: "must be number,array",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (!(typeof data1 == "number" && isFinite(data1))) {
            const err3 = {
              instancePath: instancePath + "/value/" + i0,
              schemaPath: "#/properties/value/items/type",
              keyword: "type",
              params: { type: "number" },
              message: "must be number",
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      }
    }
    if (data.unit !== undefined) {
      if (typeof data.unit !== "string") {
        const err4 = {
          instancePath: instancePath + "/unit",
          schemaPath: "#/properties/unit/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate37.errors = vErrors;
  return errors === 0;
}
export const PhaseManifest = validate38;
const schema41 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://aiperf-ts.github.io/schemas/phase-manifest.schema.json",
  type: "object",
  required: ["schema_version", "phases"],
  properties: {
    schema_version: { type: ["integer", "string"] },
    phases: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        required: ["phase_name", "phase_kind", "phase_index"],
        properties: {
          phase_name: { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_-]*$" },
          phase_kind: { type: "string", enum: ["warmup", "profiling"] },
          phase_index: { type: "integer", minimum: 0 },
          profiling_index: { type: ["integer", "null"], minimum: 0 },
          exclude_from_results: { type: "boolean" },
          metrics_json: { type: "string" },
          metrics_csv: { type: "string" },
          server_metrics_json: { type: "string" },
          gpu_telemetry_json: { type: "string" },
        },
      },
    },
  },
};
const pattern2 = new RegExp("^[A-Za-z_][A-Za-z0-9_-]*$", "u");
function validate38(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://aiperf-ts.github.io/schemas/phase-manifest.schema.json" */ let vErrors =
    null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schema_version === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "schema_version" },
        message: "must have required property '" + "schema_version" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.phases === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "phases" },
        message: "must have required property '" + "phases" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.schema_version !== undefined) {
      let data0 = data.schema_version;
      if (
        !(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0) && isFinite(data0)) &&
        typeof data0 !== "string"
      ) {
        const err2 = {
          instancePath: instancePath + "/schema_version",
          schemaPath: "#/properties/schema_version/type",
          keyword: "type",
          params: { type: schema41.properties.schema_version.type },
          message: "must be integer,string",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.phases !== undefined) {
      let data1 = data.phases;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          const err3 = {
            instancePath: instancePath + "/phases",
            schemaPath: "#/properties/phases/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.phase_name === undefined) {
              const err4 = {
                instancePath: instancePath + "/phases/" + i0,
                schemaPath: "#/properties/phases/items/required",
                keyword: "required",
                params: { missingProperty: "phase_name" },
                message: "must have required property '" + "phase_name" + "'",
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (data2.phase_kind === undefined) {
              const err5 = {
                instancePath: instancePath + "/phases/" + i0,
                schemaPath: "#/properties/phases/items/required",
                keyword: "required",
                params: { missingProperty: "phase_kind" },
                message: "must have required property '" + "phase_kind" + "'",
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (data2.phase_index === undefined) {
              const err6 = {
                instancePath: instancePath + "/phases/" + i0,
                schemaPath: "#/properties/phases/items/required",
                keyword: "required",
                params: { missingProperty: "phase_index" },
                message: "must have required property '" + "phase_index" + "'",
              };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (data2.phase_name !== undefined) {
              let data3 = data2.phase_name;
              if (typeof data3 === "string") {
                if (!pattern2.test(data3)) {
                  const err7 = {
                    instancePath: instancePath + "/phases/" + i0 + "/phase_name",
                    schemaPath: "#/properties/phases/items/properties/phase_name/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[A-Za-z_][A-Za-z0-9_-]*$" },
                    message: 'must match pattern "' + "^[A-Za-z_][A-Za-z0-9_-]*$" + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
              } else {
                const err8 = {
                  instancePath: instancePath + "/phases/" + i0 + "/phase_name",
                  schemaPath: "#/properties/phases/items/properties/phase_name/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data2.phase_kind !== undefined) {
              let data4 = data2.phase_kind;
              if (typeof data4 !== "string") {
                const err9 = {
                  instancePath: instancePath + "/phases/" + i0 + "/phase_kind",
                  schemaPath: "#/properties/phases/items/properties/phase_kind/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
              if (!(data4 === "warmup" || data4 === "profiling")) {
                const err10 = {
                  instancePath: instancePath + "/phases/" + i0 + "/phase_kind",
                  schemaPath: "#/properties/phases/items/properties/phase_kind/enum",
                  keyword: "enum",
                  params: {
                    allowedValues: schema41.properties.phases.items.properties.phase_kind.enum,
                  },
                  message: "must be equal to one of the allowed values",
                };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data2.phase_index !== undefined) {
              let data5 = data2.phase_index;
              if (!(typeof data5 == "number" && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
                const err11 = {
                  instancePath: instancePath + "/phases/" + i0 + "/phase_index",
                  schemaPath: "#/properties/phases/items/properties/phase_index/type",
                  keyword: "type",
                  params: { type: "integer" },
                  message: "must be integer",
                };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
              if (typeof data5 == "number" && isFinite(data5)) {
                if (data5 < 0 || isNaN(data5)) {
                  const err12 = {
                    instancePath: instancePath + "/phases/" + i0 + "/phase_index",
                    schemaPath: "#/properties/phases/items/properties/phase_index/minimum",
                    keyword: "minimum",
                    params: { comparison: ">=", limit: 0 },
                    message: "must be >= 0",
                  };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              }
            }
            if (data2.profiling_index !== undefined) {
              let data6 = data2.profiling_index;
              if (
                !(typeof data6 == "number" && !(data6 % 1) && !isNaN(data6) && isFinite(data6)) &&
                data6 !== null
              ) {
                const err13 = {
                  instancePath: instancePath + "/phases/" + i0 + "/profiling_index",
                  schemaPath: "#/properties/phases/items/properties/profiling_index/type",
                  keyword: "type",
                  params: {
                    type: schema41.properties.phases.items.properties.profiling_index.type,
                  },
                  message: "must be integer,null",
                };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
              if (typeof data6 == "number" && isFinite(data6)) {
                if (data6 < 0 || isNaN(data6)) {
                  const err14 = {
                    instancePath: instancePath + "/phases/" + i0 + "/profiling_index",
                    schemaPath: "#/properties/phases/items/properties/profiling_index/minimum",
                    keyword: "minimum",
                    params: { comparison: ">=", limit: 0 },
                    message: "must be >= 0",
                  };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
              }
            }
            if (data2.exclude_from_results !== undefined) {
              if (typeof data2.exclude_from_results !== "boolean") {
                const err15 = {
                  instancePath: instancePath + "/phases/" + i0 + "/exclude_from_results",
                  schemaPath: "#/properties/phases/items/properties/exclude_from_results/type",
                  keyword: "type",
                  params: { type: "boolean" },
                  message: "must be boolean",
                };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data2.metrics_json !== undefined) {
              if (typeof data2.metrics_json !== "string") {
                const err16 = {
                  instancePath: instancePath + "/phases/" + i0 + "/metrics_json",
                  schemaPath: "#/properties/phases/items/properties/metrics_json/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data2.metrics_csv !== undefined) {
              if (typeof data2.metrics_csv !== "string") {
                const err17 = {
                  instancePath: instancePath + "/phases/" + i0 + "/metrics_csv",
                  schemaPath: "#/properties/phases/items/properties/metrics_csv/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data2.server_metrics_json !== undefined) {
              if (typeof data2.server_metrics_json !== "string") {
                const err18 = {
                  instancePath: instancePath + "/phases/" + i0 + "/server_metrics_json",
                  schemaPath: "#/properties/phases/items/properties/server_metrics_json/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data2.gpu_telemetry_json !== undefined) {
              if (typeof data2.gpu_telemetry_json !== "string") {
                const err19 = {
                  instancePath: instancePath + "/phases/" + i0 + "/gpu_telemetry_json",
                  schemaPath: "#/properties/phases/items/properties/gpu_telemetry_json/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
          } else {
            const err20 = {
              instancePath: instancePath + "/phases/" + i0,
              schemaPath: "#/properties/phases/items/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
            };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = {
          instancePath: instancePath + "/phases",
          schemaPath: "#/properties/phases/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
  } else {
    const err22 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  validate38.errors = vErrors;
  return errors === 0;
}
export const RecordsCsvRow = validate39;
const schema42 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://aiperf-ts.github.io/schemas/records-csv-row.schema.json",
  type: "object",
  required: [
    "session_num",
    "x_request_id",
    "x_correlation_id",
    "conversation_id",
    "turn_index",
    "credit_issued_ns",
    "request_start_ns",
    "request_ack_ns",
    "request_end_ns",
    "worker_id",
    "record_processor_id",
    "benchmark_phase",
    "was_cancelled",
    "cancellation_time_ns",
    "error_code",
    "error_type",
    "error_message",
  ],
  properties: {
    session_num: { type: "string", pattern: "^-?\\d+$" },
    x_request_id: { type: "string" },
    x_correlation_id: { type: "string" },
    conversation_id: { type: "string" },
    turn_index: { type: "string", pattern: "^-?\\d+$" },
    credit_issued_ns: { type: "string", pattern: "^(-?\\d+)?$" },
    request_start_ns: { type: "string", pattern: "^-?\\d+$" },
    request_ack_ns: { type: "string", pattern: "^(-?\\d+)?$" },
    request_end_ns: { type: "string", pattern: "^-?\\d+$" },
    worker_id: { type: "string" },
    global_dispatch_index: { type: "string", pattern: "^(-?\\d+)?$" },
    record_processor_id: { type: "string" },
    benchmark_phase: { type: "string", enum: ["warmup", "profiling"] },
    was_cancelled: { type: "string", pattern: "^(true|false)$" },
    cancellation_time_ns: { type: "string", pattern: "^(-?\\d+)?$" },
    error_code: { type: "string", pattern: "^(-?\\d+)?$" },
    error_type: { type: "string" },
    error_message: { type: "string" },
    trace_connection_reused: { type: "string", pattern: "^(true|false)?$" },
  },
  patternProperties: {
    "^trace_(?!connection_reused$)": { type: "string", pattern: "^(-?\\d+)?$" },
  },
  additionalProperties: { type: "string", pattern: "^(-?\\d+(\\.\\d+)?)?$" },
};
const pattern3 = new RegExp("^trace_(?!connection_reused$)", "u");
const pattern4 = new RegExp("^(-?\\d+(\\.\\d+)?)?$", "u");
const pattern5 = new RegExp("^-?\\d+$", "u");
const pattern7 = new RegExp("^(-?\\d+)?$", "u");
const pattern12 = new RegExp("^(true|false)$", "u");
const pattern15 = new RegExp("^(true|false)?$", "u");
function validate39(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://aiperf-ts.github.io/schemas/records-csv-row.schema.json" */ let vErrors =
    null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.session_num === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "session_num" },
        message: "must have required property '" + "session_num" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.x_request_id === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "x_request_id" },
        message: "must have required property '" + "x_request_id" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.x_correlation_id === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "x_correlation_id" },
        message: "must have required property '" + "x_correlation_id" + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.conversation_id === undefined) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "conversation_id" },
        message: "must have required property '" + "conversation_id" + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.turn_index === undefined) {
      const err4 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "turn_index" },
        message: "must have required property '" + "turn_index" + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.credit_issued_ns === undefined) {
      const err5 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "credit_issued_ns" },
        message: "must have required property '" + "credit_issued_ns" + "'",
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.request_start_ns === undefined) {
      const err6 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "request_start_ns" },
        message: "must have required property '" + "request_start_ns" + "'",
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.request_ack_ns === undefined) {
      const err7 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "request_ack_ns" },
        message: "must have required property '" + "request_ack_ns" + "'",
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.request_end_ns === undefined) {
      const err8 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "request_end_ns" },
        message: "must have required property '" + "request_end_ns" + "'",
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.worker_id === undefined) {
      const err9 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "worker_id" },
        message: "must have required property '" + "worker_id" + "'",
      };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.record_processor_id === undefined) {
      const err10 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "record_processor_id" },
        message: "must have required property '" + "record_processor_id" + "'",
      };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.benchmark_phase === undefined) {
      const err11 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "benchmark_phase" },
        message: "must have required property '" + "benchmark_phase" + "'",
      };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.was_cancelled === undefined) {
      const err12 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "was_cancelled" },
        message: "must have required property '" + "was_cancelled" + "'",
      };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.cancellation_time_ns === undefined) {
      const err13 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "cancellation_time_ns" },
        message: "must have required property '" + "cancellation_time_ns" + "'",
      };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.error_code === undefined) {
      const err14 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "error_code" },
        message: "must have required property '" + "error_code" + "'",
      };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    if (data.error_type === undefined) {
      const err15 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "error_type" },
        message: "must have required property '" + "error_type" + "'",
      };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    if (data.error_message === undefined) {
      const err16 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "error_message" },
        message: "must have required property '" + "error_message" + "'",
      };
      if (vErrors === null) {
        vErrors = [err16];
      } else {
        vErrors.push(err16);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func2.call(schema42.properties, key0) || pattern3.test(key0))) {
        let data0 = data[key0];
        if (typeof data0 === "string") {
          if (!pattern4.test(data0)) {
            const err17 = {
              instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/additionalProperties/pattern",
              keyword: "pattern",
              params: { pattern: "^(-?\\d+(\\.\\d+)?)?$" },
              message: 'must match pattern "' + "^(-?\\d+(\\.\\d+)?)?$" + '"',
            };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        } else {
          const err18 = {
            instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
            schemaPath: "#/additionalProperties/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
    }
    if (data.session_num !== undefined) {
      let data1 = data.session_num;
      if (typeof data1 === "string") {
        if (!pattern5.test(data1)) {
          const err19 = {
            instancePath: instancePath + "/session_num",
            schemaPath: "#/properties/session_num/pattern",
            keyword: "pattern",
            params: { pattern: "^-?\\d+$" },
            message: 'must match pattern "' + "^-?\\d+$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = {
          instancePath: instancePath + "/session_num",
          schemaPath: "#/properties/session_num/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.x_request_id !== undefined) {
      if (typeof data.x_request_id !== "string") {
        const err21 = {
          instancePath: instancePath + "/x_request_id",
          schemaPath: "#/properties/x_request_id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.x_correlation_id !== undefined) {
      if (typeof data.x_correlation_id !== "string") {
        const err22 = {
          instancePath: instancePath + "/x_correlation_id",
          schemaPath: "#/properties/x_correlation_id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.conversation_id !== undefined) {
      if (typeof data.conversation_id !== "string") {
        const err23 = {
          instancePath: instancePath + "/conversation_id",
          schemaPath: "#/properties/conversation_id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.turn_index !== undefined) {
      let data5 = data.turn_index;
      if (typeof data5 === "string") {
        if (!pattern5.test(data5)) {
          const err24 = {
            instancePath: instancePath + "/turn_index",
            schemaPath: "#/properties/turn_index/pattern",
            keyword: "pattern",
            params: { pattern: "^-?\\d+$" },
            message: 'must match pattern "' + "^-?\\d+$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = {
          instancePath: instancePath + "/turn_index",
          schemaPath: "#/properties/turn_index/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.credit_issued_ns !== undefined) {
      let data6 = data.credit_issued_ns;
      if (typeof data6 === "string") {
        if (!pattern7.test(data6)) {
          const err26 = {
            instancePath: instancePath + "/credit_issued_ns",
            schemaPath: "#/properties/credit_issued_ns/pattern",
            keyword: "pattern",
            params: { pattern: "^(-?\\d+)?$" },
            message: 'must match pattern "' + "^(-?\\d+)?$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      } else {
        const err27 = {
          instancePath: instancePath + "/credit_issued_ns",
          schemaPath: "#/properties/credit_issued_ns/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.request_start_ns !== undefined) {
      let data7 = data.request_start_ns;
      if (typeof data7 === "string") {
        if (!pattern5.test(data7)) {
          const err28 = {
            instancePath: instancePath + "/request_start_ns",
            schemaPath: "#/properties/request_start_ns/pattern",
            keyword: "pattern",
            params: { pattern: "^-?\\d+$" },
            message: 'must match pattern "' + "^-?\\d+$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      } else {
        const err29 = {
          instancePath: instancePath + "/request_start_ns",
          schemaPath: "#/properties/request_start_ns/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.request_ack_ns !== undefined) {
      let data8 = data.request_ack_ns;
      if (typeof data8 === "string") {
        if (!pattern7.test(data8)) {
          const err30 = {
            instancePath: instancePath + "/request_ack_ns",
            schemaPath: "#/properties/request_ack_ns/pattern",
            keyword: "pattern",
            params: { pattern: "^(-?\\d+)?$" },
            message: 'must match pattern "' + "^(-?\\d+)?$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      } else {
        const err31 = {
          instancePath: instancePath + "/request_ack_ns",
          schemaPath: "#/properties/request_ack_ns/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.request_end_ns !== undefined) {
      let data9 = data.request_end_ns;
      if (typeof data9 === "string") {
        if (!pattern5.test(data9)) {
          const err32 = {
            instancePath: instancePath + "/request_end_ns",
            schemaPath: "#/properties/request_end_ns/pattern",
            keyword: "pattern",
            params: { pattern: "^-?\\d+$" },
            message: 'must match pattern "' + "^-?\\d+$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      } else {
        const err33 = {
          instancePath: instancePath + "/request_end_ns",
          schemaPath: "#/properties/request_end_ns/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.worker_id !== undefined) {
      if (typeof data.worker_id !== "string") {
        const err34 = {
          instancePath: instancePath + "/worker_id",
          schemaPath: "#/properties/worker_id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.global_dispatch_index !== undefined) {
      let data11 = data.global_dispatch_index;
      if (typeof data11 === "string") {
        if (!pattern7.test(data11)) {
          const err35 = {
            instancePath: instancePath + "/global_dispatch_index",
            schemaPath: "#/properties/global_dispatch_index/pattern",
            keyword: "pattern",
            params: { pattern: "^(-?\\d+)?$" },
            message: 'must match pattern "' + "^(-?\\d+)?$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      } else {
        const err36 = {
          instancePath: instancePath + "/global_dispatch_index",
          schemaPath: "#/properties/global_dispatch_index/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.record_processor_id !== undefined) {
      if (typeof data.record_processor_id !== "string") {
        const err37 = {
          instancePath: instancePath + "/record_processor_id",
          schemaPath: "#/properties/record_processor_id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.benchmark_phase !== undefined) {
      let data13 = data.benchmark_phase;
      if (typeof data13 !== "string") {
        const err38 = {
          instancePath: instancePath + "/benchmark_phase",
          schemaPath: "#/properties/benchmark_phase/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
      if (!(data13 === "warmup" || data13 === "profiling")) {
        const err39 = {
          instancePath: instancePath + "/benchmark_phase",
          schemaPath: "#/properties/benchmark_phase/enum",
          keyword: "enum",
          params: { allowedValues: schema42.properties.benchmark_phase.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.was_cancelled !== undefined) {
      let data14 = data.was_cancelled;
      if (typeof data14 === "string") {
        if (!pattern12.test(data14)) {
          const err40 = {
            instancePath: instancePath + "/was_cancelled",
            schemaPath: "#/properties/was_cancelled/pattern",
            keyword: "pattern",
            params: { pattern: "^(true|false)$" },
            message: 'must match pattern "' + "^(true|false)$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
      } else {
        const err41 = {
          instancePath: instancePath + "/was_cancelled",
          schemaPath: "#/properties/was_cancelled/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.cancellation_time_ns !== undefined) {
      let data15 = data.cancellation_time_ns;
      if (typeof data15 === "string") {
        if (!pattern7.test(data15)) {
          const err42 = {
            instancePath: instancePath + "/cancellation_time_ns",
            schemaPath: "#/properties/cancellation_time_ns/pattern",
            keyword: "pattern",
            params: { pattern: "^(-?\\d+)?$" },
            message: 'must match pattern "' + "^(-?\\d+)?$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
      } else {
        const err43 = {
          instancePath: instancePath + "/cancellation_time_ns",
          schemaPath: "#/properties/cancellation_time_ns/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.error_code !== undefined) {
      let data16 = data.error_code;
      if (typeof data16 === "string") {
        if (!pattern7.test(data16)) {
          const err44 = {
            instancePath: instancePath + "/error_code",
            schemaPath: "#/properties/error_code/pattern",
            keyword: "pattern",
            params: { pattern: "^(-?\\d+)?$" },
            message: 'must match pattern "' + "^(-?\\d+)?$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
      } else {
        const err45 = {
          instancePath: instancePath + "/error_code",
          schemaPath: "#/properties/error_code/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.error_type !== undefined) {
      if (typeof data.error_type !== "string") {
        const err46 = {
          instancePath: instancePath + "/error_type",
          schemaPath: "#/properties/error_type/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.error_message !== undefined) {
      if (typeof data.error_message !== "string") {
        const err47 = {
          instancePath: instancePath + "/error_message",
          schemaPath: "#/properties/error_message/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.trace_connection_reused !== undefined) {
      let data19 = data.trace_connection_reused;
      if (typeof data19 === "string") {
        if (!pattern15.test(data19)) {
          const err48 = {
            instancePath: instancePath + "/trace_connection_reused",
            schemaPath: "#/properties/trace_connection_reused/pattern",
            keyword: "pattern",
            params: { pattern: "^(true|false)?$" },
            message: 'must match pattern "' + "^(true|false)?$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err48];
          } else {
            vErrors.push(err48);
          }
          errors++;
        }
      } else {
        const err49 = {
          instancePath: instancePath + "/trace_connection_reused",
          schemaPath: "#/properties/trace_connection_reused/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      if (pattern3.test(key1)) {
        let data20 = data[key1];
        if (typeof data20 === "string") {
          if (!pattern7.test(data20)) {
            const err50 = {
              instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/patternProperties/%5Etrace_(%3F!connection_reused%24)/pattern",
              keyword: "pattern",
              params: { pattern: "^(-?\\d+)?$" },
              message: 'must match pattern "' + "^(-?\\d+)?$" + '"',
            };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        } else {
          const err51 = {
            instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),
            schemaPath: "#/patternProperties/%5Etrace_(%3F!connection_reused%24)/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err51];
          } else {
            vErrors.push(err51);
          }
          errors++;
        }
      }
    }
  } else {
    const err52 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err52];
    } else {
      vErrors.push(err52);
    }
    errors++;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
export const ServerMetricsFile = validate40;
const schema43 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://aiperf-ts.github.io/schemas/server-metrics-file.schema.json",
  type: "object",
  required: ["schema_version", "summary", "metrics"],
  properties: {
    schema_version: { type: "string", pattern: "^1\\.\\d+$" },
    aiperf_version: { type: "string" },
    benchmark_id: { type: ["string", "null"] },
    summary: {
      type: "object",
      required: ["endpoints_configured", "endpoints_successful"],
      properties: {
        endpoints_configured: { type: ["array", "integer"] },
        endpoints_successful: { type: ["array", "integer"] },
        start_time: { type: ["string", "null"] },
        end_time: { type: ["string", "null"] },
        endpoint_info: { type: ["object", "null"] },
        phase_time_ranges: { type: ["object", "null"], additionalProperties: { type: "object" } },
      },
    },
    metrics_phase: { type: "string" },
    metrics: { type: "object" },
    warmup_metrics: { type: ["object", "null"] },
    input_config: { type: ["object", "null"] },
  },
};
const pattern18 = new RegExp("^1\\.\\d+$", "u");
function validate40(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://aiperf-ts.github.io/schemas/server-metrics-file.schema.json" */ let vErrors =
    null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schema_version === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "schema_version" },
        message: "must have required property '" + "schema_version" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.summary === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "summary" },
        message: "must have required property '" + "summary" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metrics === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "metrics" },
        message: "must have required property '" + "metrics" + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.schema_version !== undefined) {
      let data0 = data.schema_version;
      if (typeof data0 === "string") {
        if (!pattern18.test(data0)) {
          const err3 = {
            instancePath: instancePath + "/schema_version",
            schemaPath: "#/properties/schema_version/pattern",
            keyword: "pattern",
            params: { pattern: "^1\\.\\d+$" },
            message: 'must match pattern "' + "^1\\.\\d+$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + "/schema_version",
          schemaPath: "#/properties/schema_version/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.aiperf_version !== undefined) {
      if (typeof data.aiperf_version !== "string") {
        const err5 = {
          instancePath: instancePath + "/aiperf_version",
          schemaPath: "#/properties/aiperf_version/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.benchmark_id !== undefined) {
      let data2 = data.benchmark_id;
      if (typeof data2 !== "string" && data2 !== null) {
        const err6 = {
          instancePath: instancePath + "/benchmark_id",
          schemaPath: "#/properties/benchmark_id/type",
          keyword: "type",
          params: { type: schema43.properties.benchmark_id.type },
          message: "must be string,null",
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.summary !== undefined) {
      let data3 = data.summary;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.endpoints_configured === undefined) {
          const err7 = {
            instancePath: instancePath + "/summary",
            schemaPath: "#/properties/summary/required",
            keyword: "required",
            params: { missingProperty: "endpoints_configured" },
            message: "must have required property '" + "endpoints_configured" + "'",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data3.endpoints_successful === undefined) {
          const err8 = {
            instancePath: instancePath + "/summary",
            schemaPath: "#/properties/summary/required",
            keyword: "required",
            params: { missingProperty: "endpoints_successful" },
            message: "must have required property '" + "endpoints_successful" + "'",
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data3.endpoints_configured !== undefined) {
          let data4 = data3.endpoints_configured;
          if (
            !Array.isArray(data4) &&
            !(typeof data4 == "number" && !(data4 % 1) && !isNaN(data4) && isFinite(data4))
          ) {
            const err9 = {
              instancePath: instancePath + "/summary/endpoints_configured",
              schemaPath: "#/properties/summary/properties/endpoints_configured/type",
              keyword: "type",
              params: { type: schema43.properties.summary.properties.endpoints_configured.type },
              message: "must be array,integer",
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data3.endpoints_successful !== undefined) {
          let data5 = data3.endpoints_successful;
          if (
            !Array.isArray(data5) &&
            !(typeof data5 == "number" && !(data5 % 1) && !isNaN(data5) && isFinite(data5))
          ) {
            const err10 = {
              instancePath: instancePath + "/summary/endpoints_successful",
              schemaPath: "#/properties/summary/properties/endpoints_successful/type",
              keyword: "type",
              params: { type: schema43.properties.summary.properties.endpoints_successful.type },
              message: "must be array,integer",
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data3.start_time !== undefined) {
          let data6 = data3.start_time;
          if (typeof data6 !== "string" && data6 !== null) {
            const err11 = {
              instancePath: instancePath + "/summary/start_time",
              schemaPath: "#/properties/summary/properties/start_time/type",
              keyword: "type",
              params: { type: schema43.properties.summary.properties.start_time.type },
              message: "must be string,null",
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data3.end_time !== undefined) {
          let data7 = data3.end_time;
          if (typeof data7 !== "string" && data7 !== null) {
            const err12 = {
              instancePath: instancePath + "/summary/end_time",
              schemaPath: "#/properties/summary/properties/end_time/type",
              keyword: "type",
              params: { type: schema43.properties.summary.properties.end_time.type },
              message: "must be string,null",
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data3.endpoint_info !== undefined) {
          let data8 = data3.endpoint_info;
          if (!(data8 && typeof data8 == "object" && !Array.isArray(data8)) && data8 !== null) {
            const err13 = {
              instancePath: instancePath + "/summary/endpoint_info",
              schemaPath: "#/properties/summary/properties/endpoint_info/type",
              keyword: "type",
              params: { type: schema43.properties.summary.properties.endpoint_info.type },
              message: "must be object,null",
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data3.phase_time_ranges !== undefined) {
          let data9 = data3.phase_time_ranges;
          if (!(data9 && typeof data9 == "object" && !Array.isArray(data9)) && data9 !== null) {
            const err14 = {
              instancePath: instancePath + "/summary/phase_time_ranges",
              schemaPath: "#/properties/summary/properties/phase_time_ranges/type",
              keyword: "type",
              params: { type: schema43.properties.summary.properties.phase_time_ranges.type },
              message: "must be object,null",
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            for (const key0 in data9) {
              let data10 = data9[key0];
              if (!(data10 && typeof data10 == "object" && !Array.isArray(data10))) {
                const err15 = {
                  instancePath:
                    instancePath +
                    "/summary/phase_time_ranges/" +
                    key0.replace(/~/g, "~0").replace(/\//g, "~1"),
                  schemaPath:
                    "#/properties/summary/properties/phase_time_ranges/additionalProperties/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object",
                };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          }
        }
      } else {
        const err16 = {
          instancePath: instancePath + "/summary",
          schemaPath: "#/properties/summary/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.metrics_phase !== undefined) {
      if (typeof data.metrics_phase !== "string") {
        const err17 = {
          instancePath: instancePath + "/metrics_phase",
          schemaPath: "#/properties/metrics_phase/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.metrics !== undefined) {
      let data12 = data.metrics;
      if (!(data12 && typeof data12 == "object" && !Array.isArray(data12))) {
        const err18 = {
          instancePath: instancePath + "/metrics",
          schemaPath: "#/properties/metrics/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.warmup_metrics !== undefined) {
      let data13 = data.warmup_metrics;
      if (!(data13 && typeof data13 == "object" && !Array.isArray(data13)) && data13 !== null) {
        const err19 = {
          instancePath: instancePath + "/warmup_metrics",
          schemaPath: "#/properties/warmup_metrics/type",
          keyword: "type",
          params: { type: schema43.properties.warmup_metrics.type },
          message: "must be object,null",
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.input_config !== undefined) {
      let data14 = data.input_config;
      if (!(data14 && typeof data14 == "object" && !Array.isArray(data14)) && data14 !== null) {
        const err20 = {
          instancePath: instancePath + "/input_config",
          schemaPath: "#/properties/input_config/type",
          keyword: "type",
          params: { type: schema43.properties.input_config.type },
          message: "must be object,null",
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
  } else {
    const err21 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate40.errors = vErrors;
  return errors === 0;
}
export const SteadyStateFile = validate41;
const schema44 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://aiperf-ts.github.io/schemas/steady-state-file.schema.json",
  type: "object",
  required: ["window_metadata", "metrics"],
  properties: {
    window_metadata: {
      type: "object",
      required: [
        "detection_method",
        "ramp_up_end_ns",
        "ramp_down_start_ns",
        "steady_state_duration_ns",
        "total_requests",
        "steady_state_requests",
      ],
      properties: {
        detection_method: { type: "string" },
        ramp_up_end_ns: { type: "number" },
        ramp_down_start_ns: { type: "number" },
        steady_state_duration_ns: { type: "number", minimum: 0 },
        total_requests: { type: "integer", minimum: 0 },
        steady_state_requests: { type: "integer", minimum: 0 },
        quality: { type: ["object", "null"] },
        stationarity: { type: ["object", "null"] },
        cross_validation: {
          type: ["object", "null"],
          additionalProperties: { type: ["number", "null"] },
        },
        bootstrap: { type: ["object", "null"] },
      },
    },
    metrics: { type: "object", additionalProperties: { $ref: "metric-result.schema.json" } },
  },
};
function validate41(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://aiperf-ts.github.io/schemas/steady-state-file.schema.json" */ let vErrors =
    null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.window_metadata === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "window_metadata" },
        message: "must have required property '" + "window_metadata" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.metrics === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "metrics" },
        message: "must have required property '" + "metrics" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.window_metadata !== undefined) {
      let data0 = data.window_metadata;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.detection_method === undefined) {
          const err2 = {
            instancePath: instancePath + "/window_metadata",
            schemaPath: "#/properties/window_metadata/required",
            keyword: "required",
            params: { missingProperty: "detection_method" },
            message: "must have required property '" + "detection_method" + "'",
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0.ramp_up_end_ns === undefined) {
          const err3 = {
            instancePath: instancePath + "/window_metadata",
            schemaPath: "#/properties/window_metadata/required",
            keyword: "required",
            params: { missingProperty: "ramp_up_end_ns" },
            message: "must have required property '" + "ramp_up_end_ns" + "'",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0.ramp_down_start_ns === undefined) {
          const err4 = {
            instancePath: instancePath + "/window_metadata",
            schemaPath: "#/properties/window_metadata/required",
            keyword: "required",
            params: { missingProperty: "ramp_down_start_ns" },
            message: "must have required property '" + "ramp_down_start_ns" + "'",
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0.steady_state_duration_ns === undefined) {
          const err5 = {
            instancePath: instancePath + "/window_metadata",
            schemaPath: "#/properties/window_metadata/required",
            keyword: "required",
            params: { missingProperty: "steady_state_duration_ns" },
            message: "must have required property '" + "steady_state_duration_ns" + "'",
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data0.total_requests === undefined) {
          const err6 = {
            instancePath: instancePath + "/window_metadata",
            schemaPath: "#/properties/window_metadata/required",
            keyword: "required",
            params: { missingProperty: "total_requests" },
            message: "must have required property '" + "total_requests" + "'",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data0.steady_state_requests === undefined) {
          const err7 = {
            instancePath: instancePath + "/window_metadata",
            schemaPath: "#/properties/window_metadata/required",
            keyword: "required",
            params: { missingProperty: "steady_state_requests" },
            message: "must have required property '" + "steady_state_requests" + "'",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data0.detection_method !== undefined) {
          if (typeof data0.detection_method !== "string") {
            const err8 = {
              instancePath: instancePath + "/window_metadata/detection_method",
              schemaPath: "#/properties/window_metadata/properties/detection_method/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data0.ramp_up_end_ns !== undefined) {
          let data2 = data0.ramp_up_end_ns;
          if (!(typeof data2 == "number" && isFinite(data2))) {
            const err9 = {
              instancePath: instancePath + "/window_metadata/ramp_up_end_ns",
              schemaPath: "#/properties/window_metadata/properties/ramp_up_end_ns/type",
              keyword: "type",
              params: { type: "number" },
              message: "must be number",
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data0.ramp_down_start_ns !== undefined) {
          let data3 = data0.ramp_down_start_ns;
          if (!(typeof data3 == "number" && isFinite(data3))) {
            const err10 = {
              instancePath: instancePath + "/window_metadata/ramp_down_start_ns",
              schemaPath: "#/properties/window_metadata/properties/ramp_down_start_ns/type",
              keyword: "type",
              params: { type: "number" },
              message: "must be number",
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data0.steady_state_duration_ns !== undefined) {
          let data4 = data0.steady_state_duration_ns;
          if (typeof data4 == "number" && isFinite(data4)) {
            if (data4 < 0 || isNaN(data4)) {
              const err11 = {
                instancePath: instancePath + "/window_metadata/steady_state_duration_ns",
                schemaPath:
                  "#/properties/window_metadata/properties/steady_state_duration_ns/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 0 },
                message: "must be >= 0",
              };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = {
              instancePath: instancePath + "/window_metadata/steady_state_duration_ns",
              schemaPath: "#/properties/window_metadata/properties/steady_state_duration_ns/type",
              keyword: "type",
              params: { type: "number" },
              message: "must be number",
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data0.total_requests !== undefined) {
          let data5 = data0.total_requests;
          if (!(typeof data5 == "number" && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
            const err13 = {
              instancePath: instancePath + "/window_metadata/total_requests",
              schemaPath: "#/properties/window_metadata/properties/total_requests/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer",
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          if (typeof data5 == "number" && isFinite(data5)) {
            if (data5 < 0 || isNaN(data5)) {
              const err14 = {
                instancePath: instancePath + "/window_metadata/total_requests",
                schemaPath: "#/properties/window_metadata/properties/total_requests/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 0 },
                message: "must be >= 0",
              };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          }
        }
        if (data0.steady_state_requests !== undefined) {
          let data6 = data0.steady_state_requests;
          if (!(typeof data6 == "number" && !(data6 % 1) && !isNaN(data6) && isFinite(data6))) {
            const err15 = {
              instancePath: instancePath + "/window_metadata/steady_state_requests",
              schemaPath: "#/properties/window_metadata/properties/steady_state_requests/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer",
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          if (typeof data6 == "number" && isFinite(data6)) {
            if (data6 < 0 || isNaN(data6)) {
              const err16 = {
                instancePath: instancePath + "/window_metadata/steady_state_requests",
                schemaPath: "#/properties/window_metadata/properties/steady_state_requests/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 0 },
                message: "must be >= 0",
              };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          }
        }
        if (data0.quality !== undefined) {
          let data7 = data0.quality;
          if (!(data7 && typeof data7 == "object" && !Array.isArray(data7)) && data7 !== null) {
            const err17 = {
              instancePath: instancePath + "/window_metadata/quality",
              schemaPath: "#/properties/window_metadata/properties/quality/type",
              keyword: "type",
              params: { type: schema44.properties.window_metadata.properties.quality.type },
              message: "must be object,null",
            };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data0.stationarity !== undefined) {
          let data8 = data0.stationarity;
          if (!(data8 && typeof data8 == "object" && !Array.isArray(data8)) && data8 !== null) {
            const err18 = {
              instancePath: instancePath + "/window_metadata/stationarity",
              schemaPath: "#/properties/window_metadata/properties/stationarity/type",
              keyword: "type",
              params: { type: schema44.properties.window_metadata.properties.stationarity.type },
              message: "must be object,null",
            };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data0.cross_validation !== undefined) {
          let data9 = data0.cross_validation;
          if (!(data9 && typeof data9 == "object" && !Array.isArray(data9)) && data9 !== null) {
            const err19 = {
              instancePath: instancePath + "/window_metadata/cross_validation",
              schemaPath: "#/properties/window_metadata/properties/cross_validation/type",
              keyword: "type",
              params: {
                type: schema44.properties.window_metadata.properties.cross_validation.type,
              },
              message: "must be object,null",
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            for (const key0 in data9) {
              let data10 = data9[key0];
              if (!(typeof data10 == "number" && isFinite(data10)) && data10 !== null) {
                const err20 = {
                  instancePath:
                    instancePath +
                    "/window_metadata/cross_validation/" +
                    key0.replace(/~/g, "~0").replace(/\//g, "~1"),
                  schemaPath:
                    "#/properties/window_metadata/properties/cross_validation/additionalProperties/type",
                  keyword: "type",
                  params: {
                    type: schema44.properties.window_metadata.properties.cross_validation
                      .additionalProperties.type,
                  },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
          }
        }
        if (data0.bootstrap !== undefined) {
          let data11 = data0.bootstrap;
          if (!(data11 && typeof data11 == "object" && !Array.isArray(data11)) && data11 !== null) {
            const err21 = {
              instancePath: instancePath + "/window_metadata/bootstrap",
              schemaPath: "#/properties/window_metadata/properties/bootstrap/type",
              keyword: "type",
              params: { type: schema44.properties.window_metadata.properties.bootstrap.type },
              message: "must be object,null",
            };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = {
          instancePath: instancePath + "/window_metadata",
          schemaPath: "#/properties/window_metadata/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.metrics !== undefined) {
      let data12 = data.metrics;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        for (const key1 in data12) {
          let data13 = data12[key1];
          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            if (data13.unit === undefined) {
              const err23 = {
                instancePath:
                  instancePath + "/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "metric-result.schema.json/required",
                keyword: "required",
                params: { missingProperty: "unit" },
                message: "must have required property '" + "unit" + "'",
              };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            if (data13.avg === undefined) {
              const err24 = {
                instancePath:
                  instancePath + "/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "metric-result.schema.json/required",
                keyword: "required",
                params: { missingProperty: "avg" },
                message: "must have required property '" + "avg" + "'",
              };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            if (data13.tag !== undefined) {
              if (typeof data13.tag !== "string") {
                const err25 = {
                  instancePath:
                    instancePath +
                    "/metrics/" +
                    key1.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/tag",
                  schemaPath: "metric-result.schema.json/properties/tag/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data13.unit !== undefined) {
              if (typeof data13.unit !== "string") {
                const err26 = {
                  instancePath:
                    instancePath +
                    "/metrics/" +
                    key1.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/unit",
                  schemaPath: "metric-result.schema.json/properties/unit/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data13.header !== undefined) {
              if (typeof data13.header !== "string") {
                const err27 = {
                  instancePath:
                    instancePath +
                    "/metrics/" +
                    key1.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/header",
                  schemaPath: "metric-result.schema.json/properties/header/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data13.avg !== undefined) {
              let data17 = data13.avg;
              if (!(typeof data17 == "number" && isFinite(data17)) && data17 !== null) {
                const err28 = {
                  instancePath:
                    instancePath +
                    "/metrics/" +
                    key1.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/avg",
                  schemaPath: "metric-result.schema.json/properties/avg/type",
                  keyword: "type",
                  params: { type: schema39.properties.avg.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data13.min !== undefined) {
              let data18 = data13.min;
              if (!(typeof data18 == "number" && isFinite(data18)) && data18 !== null) {
                const err29 = {
                  instancePath:
                    instancePath +
                    "/metrics/" +
                    key1.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/min",
                  schemaPath: "metric-result.schema.json/properties/min/type",
                  keyword: "type",
                  params: { type: schema39.properties.min.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data13.max !== undefined) {
              let data19 = data13.max;
              if (!(typeof data19 == "number" && isFinite(data19)) && data19 !== null) {
                const err30 = {
                  instancePath:
                    instancePath +
                    "/metrics/" +
                    key1.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/max",
                  schemaPath: "metric-result.schema.json/properties/max/type",
                  keyword: "type",
                  params: { type: schema39.properties.max.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data13.sum !== undefined) {
              let data20 = data13.sum;
              if (!(typeof data20 == "number" && isFinite(data20)) && data20 !== null) {
                const err31 = {
                  instancePath:
                    instancePath +
                    "/metrics/" +
                    key1.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/sum",
                  schemaPath: "metric-result.schema.json/properties/sum/type",
                  keyword: "type",
                  params: { type: schema39.properties.sum.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data13.p1 !== undefined) {
              let data21 = data13.p1;
              if (!(typeof data21 == "number" && isFinite(data21)) && data21 !== null) {
                const err32 = {
                  instancePath:
                    instancePath +
                    "/metrics/" +
                    key1.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/p1",
                  schemaPath: "metric-result.schema.json/properties/p1/type",
                  keyword: "type",
                  params: { type: schema39.properties.p1.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data13.p5 !== undefined) {
              let data22 = data13.p5;
              if (!(typeof data22 == "number" && isFinite(data22)) && data22 !== null) {
                const err33 = {
                  instancePath:
                    instancePath +
                    "/metrics/" +
                    key1.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/p5",
                  schemaPath: "metric-result.schema.json/properties/p5/type",
                  keyword: "type",
                  params: { type: schema39.properties.p5.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data13.p10 !== undefined) {
              let data23 = data13.p10;
              if (!(typeof data23 == "number" && isFinite(data23)) && data23 !== null) {
                const err34 = {
                  instancePath:
                    instancePath +
                    "/metrics/" +
                    key1.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/p10",
                  schemaPath: "metric-result.schema.json/properties/p10/type",
                  keyword: "type",
                  params: { type: schema39.properties.p10.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data13.p25 !== undefined) {
              let data24 = data13.p25;
              if (!(typeof data24 == "number" && isFinite(data24)) && data24 !== null) {
                const err35 = {
                  instancePath:
                    instancePath +
                    "/metrics/" +
                    key1.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/p25",
                  schemaPath: "metric-result.schema.json/properties/p25/type",
                  keyword: "type",
                  params: { type: schema39.properties.p25.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data13.p50 !== undefined) {
              let data25 = data13.p50;
              if (!(typeof data25 == "number" && isFinite(data25)) && data25 !== null) {
                const err36 = {
                  instancePath:
                    instancePath +
                    "/metrics/" +
                    key1.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/p50",
                  schemaPath: "metric-result.schema.json/properties/p50/type",
                  keyword: "type",
                  params: { type: schema39.properties.p50.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data13.p75 !== undefined) {
              let data26 = data13.p75;
              if (!(typeof data26 == "number" && isFinite(data26)) && data26 !== null) {
                const err37 = {
                  instancePath:
                    instancePath +
                    "/metrics/" +
                    key1.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/p75",
                  schemaPath: "metric-result.schema.json/properties/p75/type",
                  keyword: "type",
                  params: { type: schema39.properties.p75.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data13.p90 !== undefined) {
              let data27 = data13.p90;
              if (!(typeof data27 == "number" && isFinite(data27)) && data27 !== null) {
                const err38 = {
                  instancePath:
                    instancePath +
                    "/metrics/" +
                    key1.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/p90",
                  schemaPath: "metric-result.schema.json/properties/p90/type",
                  keyword: "type",
                  params: { type: schema39.properties.p90.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            if (data13.p95 !== undefined) {
              let data28 = data13.p95;
              if (!(typeof data28 == "number" && isFinite(data28)) && data28 !== null) {
                const err39 = {
                  instancePath:
                    instancePath +
                    "/metrics/" +
                    key1.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/p95",
                  schemaPath: "metric-result.schema.json/properties/p95/type",
                  keyword: "type",
                  params: { type: schema39.properties.p95.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data13.p99 !== undefined) {
              let data29 = data13.p99;
              if (!(typeof data29 == "number" && isFinite(data29)) && data29 !== null) {
                const err40 = {
                  instancePath:
                    instancePath +
                    "/metrics/" +
                    key1.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/p99",
                  schemaPath: "metric-result.schema.json/properties/p99/type",
                  keyword: "type",
                  params: { type: schema39.properties.p99.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data13.std !== undefined) {
              let data30 = data13.std;
              if (!(typeof data30 == "number" && isFinite(data30)) && data30 !== null) {
                const err41 = {
                  instancePath:
                    instancePath +
                    "/metrics/" +
                    key1.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/std",
                  schemaPath: "metric-result.schema.json/properties/std/type",
                  keyword: "type",
                  params: { type: schema39.properties.std.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data13.count !== undefined) {
              let data31 = data13.count;
              if (
                !(
                  typeof data31 == "number" &&
                  !(data31 % 1) &&
                  !isNaN(data31) &&
                  isFinite(data31)
                ) &&
                data31 !== null
              ) {
                const err42 = {
                  instancePath:
                    instancePath +
                    "/metrics/" +
                    key1.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/count",
                  schemaPath: "metric-result.schema.json/properties/count/type",
                  keyword: "type",
                  params: { type: schema39.properties.count.type },
                  message: "must be integer,null",
                };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            for (const key2 in data13) {
              if (pattern1.test(key2)) {
                let data32 = data13[key2];
                if (!(typeof data32 == "number" && isFinite(data32)) && data32 !== null) {
                  const err43 = {
                    instancePath:
                      instancePath +
                      "/metrics/" +
                      key1.replace(/~/g, "~0").replace(/\//g, "~1") +
                      "/" +
                      key2.replace(/~/g, "~0").replace(/\//g, "~1"),
                    schemaPath:
                      "metric-result.schema.json/patternProperties/%5Ep%5Cd%2B%5C.%5Cd%2B%24/type",
                    keyword: "type",
                    params: { type: schema39.patternProperties["^p\\d+\\.\\d+$"].type },
                    message: "must be number,null",
                  };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err44 = {
              instancePath:
                instancePath + "/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "metric-result.schema.json/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
            };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
      } else {
        const err45 = {
          instancePath: instancePath + "/metrics",
          schemaPath: "#/properties/metrics/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
  } else {
    const err46 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err46];
    } else {
      vErrors.push(err46);
    }
    errors++;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
export const SummaryFile = validate42;
const schema46 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://aiperf-ts.github.io/schemas/summary-file.schema.json",
  tsType: "SummaryFileRun1 | SummaryFileFlat | SummaryFileVersioned",
  type: "object",
  if: { required: ["records"] },
  then: { $ref: "summary-file-run1.schema.json" },
  else: {
    if: { required: ["schema_version"] },
    then: { $ref: "summary-file-versioned.schema.json" },
    else: { $ref: "summary-file-flat.schema.json" },
  },
};
const schema47 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://aiperf-ts.github.io/schemas/summary-file-run1.schema.json",
  allOf: [
    { $ref: "summary-file-common.schema.json" },
    {
      type: "object",
      required: ["records"],
      properties: {
        records: { type: "object", additionalProperties: { $ref: "metric-result.schema.json" } },
      },
    },
  ],
};
const schema48 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://aiperf-ts.github.io/schemas/summary-file-common.schema.json",
  type: "object",
  properties: {
    input_config: { type: "object" },
    was_cancelled: { type: "boolean" },
    error_summary: { type: "array", items: { $ref: "error-details-count.schema.json" } },
    start_time: { type: ["string", "null"], pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}" },
    end_time: { type: ["string", "null"], pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}" },
  },
};
const pattern20 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}", "u");
function validate44(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://aiperf-ts.github.io/schemas/summary-file-common.schema.json" */ let vErrors =
    null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.input_config !== undefined) {
      let data0 = data.input_config;
      if (!(data0 && typeof data0 == "object" && !Array.isArray(data0))) {
        const err0 = {
          instancePath: instancePath + "/input_config",
          schemaPath: "#/properties/input_config/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.was_cancelled !== undefined) {
      if (typeof data.was_cancelled !== "boolean") {
        const err1 = {
          instancePath: instancePath + "/was_cancelled",
          schemaPath: "#/properties/was_cancelled/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.error_summary !== undefined) {
      let data2 = data.error_summary;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate27(data2[i0], {
              instancePath: instancePath + "/error_summary/" + i0,
              parentData: data2,
              parentDataProperty: i0,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = {
          instancePath: instancePath + "/error_summary",
          schemaPath: "#/properties/error_summary/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.start_time !== undefined) {
      let data4 = data.start_time;
      if (typeof data4 !== "string" && data4 !== null) {
        const err3 = {
          instancePath: instancePath + "/start_time",
          schemaPath: "#/properties/start_time/type",
          keyword: "type",
          params: { type: schema48.properties.start_time.type },
          message: "must be string,null",
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data4 === "string") {
        if (!pattern20.test(data4)) {
          const err4 = {
            instancePath: instancePath + "/start_time",
            schemaPath: "#/properties/start_time/pattern",
            keyword: "pattern",
            params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}" },
            message: 'must match pattern "' + "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}" + '"',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    if (data.end_time !== undefined) {
      let data5 = data.end_time;
      if (typeof data5 !== "string" && data5 !== null) {
        const err5 = {
          instancePath: instancePath + "/end_time",
          schemaPath: "#/properties/end_time/type",
          keyword: "type",
          params: { type: schema48.properties.end_time.type },
          message: "must be string,null",
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data5 === "string") {
        if (!pattern20.test(data5)) {
          const err6 = {
            instancePath: instancePath + "/end_time",
            schemaPath: "#/properties/end_time/pattern",
            keyword: "pattern",
            params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}" },
            message: 'must match pattern "' + "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}" + '"',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
  } else {
    const err7 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate44.errors = vErrors;
  return errors === 0;
}
function validate43(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://aiperf-ts.github.io/schemas/summary-file-run1.schema.json" */ let vErrors =
    null;
  let errors = 0;
  if (!validate44(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.records === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/allOf/1/required",
        keyword: "required",
        params: { missingProperty: "records" },
        message: "must have required property '" + "records" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.records !== undefined) {
      let data0 = data.records;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key0 in data0) {
          let data1 = data0[key0];
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.unit === undefined) {
              const err1 = {
                instancePath:
                  instancePath + "/records/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "metric-result.schema.json/required",
                keyword: "required",
                params: { missingProperty: "unit" },
                message: "must have required property '" + "unit" + "'",
              };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
            if (data1.avg === undefined) {
              const err2 = {
                instancePath:
                  instancePath + "/records/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "metric-result.schema.json/required",
                keyword: "required",
                params: { missingProperty: "avg" },
                message: "must have required property '" + "avg" + "'",
              };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            if (data1.tag !== undefined) {
              if (typeof data1.tag !== "string") {
                const err3 = {
                  instancePath:
                    instancePath +
                    "/records/" +
                    key0.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/tag",
                  schemaPath: "metric-result.schema.json/properties/tag/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
            if (data1.unit !== undefined) {
              if (typeof data1.unit !== "string") {
                const err4 = {
                  instancePath:
                    instancePath +
                    "/records/" +
                    key0.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/unit",
                  schemaPath: "metric-result.schema.json/properties/unit/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            if (data1.header !== undefined) {
              if (typeof data1.header !== "string") {
                const err5 = {
                  instancePath:
                    instancePath +
                    "/records/" +
                    key0.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/header",
                  schemaPath: "metric-result.schema.json/properties/header/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data1.avg !== undefined) {
              let data5 = data1.avg;
              if (!(typeof data5 == "number" && isFinite(data5)) && data5 !== null) {
                const err6 = {
                  instancePath:
                    instancePath +
                    "/records/" +
                    key0.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/avg",
                  schemaPath: "metric-result.schema.json/properties/avg/type",
                  keyword: "type",
                  params: { type: schema39.properties.avg.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data1.min !== undefined) {
              let data6 = data1.min;
              if (!(typeof data6 == "number" && isFinite(data6)) && data6 !== null) {
                const err7 = {
                  instancePath:
                    instancePath +
                    "/records/" +
                    key0.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/min",
                  schemaPath: "metric-result.schema.json/properties/min/type",
                  keyword: "type",
                  params: { type: schema39.properties.min.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data1.max !== undefined) {
              let data7 = data1.max;
              if (!(typeof data7 == "number" && isFinite(data7)) && data7 !== null) {
                const err8 = {
                  instancePath:
                    instancePath +
                    "/records/" +
                    key0.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/max",
                  schemaPath: "metric-result.schema.json/properties/max/type",
                  keyword: "type",
                  params: { type: schema39.properties.max.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data1.sum !== undefined) {
              let data8 = data1.sum;
              if (!(typeof data8 == "number" && isFinite(data8)) && data8 !== null) {
                const err9 = {
                  instancePath:
                    instancePath +
                    "/records/" +
                    key0.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/sum",
                  schemaPath: "metric-result.schema.json/properties/sum/type",
                  keyword: "type",
                  params: { type: schema39.properties.sum.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data1.p1 !== undefined) {
              let data9 = data1.p1;
              if (!(typeof data9 == "number" && isFinite(data9)) && data9 !== null) {
                const err10 = {
                  instancePath:
                    instancePath +
                    "/records/" +
                    key0.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/p1",
                  schemaPath: "metric-result.schema.json/properties/p1/type",
                  keyword: "type",
                  params: { type: schema39.properties.p1.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data1.p5 !== undefined) {
              let data10 = data1.p5;
              if (!(typeof data10 == "number" && isFinite(data10)) && data10 !== null) {
                const err11 = {
                  instancePath:
                    instancePath +
                    "/records/" +
                    key0.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/p5",
                  schemaPath: "metric-result.schema.json/properties/p5/type",
                  keyword: "type",
                  params: { type: schema39.properties.p5.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data1.p10 !== undefined) {
              let data11 = data1.p10;
              if (!(typeof data11 == "number" && isFinite(data11)) && data11 !== null) {
                const err12 = {
                  instancePath:
                    instancePath +
                    "/records/" +
                    key0.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/p10",
                  schemaPath: "metric-result.schema.json/properties/p10/type",
                  keyword: "type",
                  params: { type: schema39.properties.p10.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data1.p25 !== undefined) {
              let data12 = data1.p25;
              if (!(typeof data12 == "number" && isFinite(data12)) && data12 !== null) {
                const err13 = {
                  instancePath:
                    instancePath +
                    "/records/" +
                    key0.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/p25",
                  schemaPath: "metric-result.schema.json/properties/p25/type",
                  keyword: "type",
                  params: { type: schema39.properties.p25.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data1.p50 !== undefined) {
              let data13 = data1.p50;
              if (!(typeof data13 == "number" && isFinite(data13)) && data13 !== null) {
                const err14 = {
                  instancePath:
                    instancePath +
                    "/records/" +
                    key0.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/p50",
                  schemaPath: "metric-result.schema.json/properties/p50/type",
                  keyword: "type",
                  params: { type: schema39.properties.p50.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data1.p75 !== undefined) {
              let data14 = data1.p75;
              if (!(typeof data14 == "number" && isFinite(data14)) && data14 !== null) {
                const err15 = {
                  instancePath:
                    instancePath +
                    "/records/" +
                    key0.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/p75",
                  schemaPath: "metric-result.schema.json/properties/p75/type",
                  keyword: "type",
                  params: { type: schema39.properties.p75.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data1.p90 !== undefined) {
              let data15 = data1.p90;
              if (!(typeof data15 == "number" && isFinite(data15)) && data15 !== null) {
                const err16 = {
                  instancePath:
                    instancePath +
                    "/records/" +
                    key0.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/p90",
                  schemaPath: "metric-result.schema.json/properties/p90/type",
                  keyword: "type",
                  params: { type: schema39.properties.p90.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data1.p95 !== undefined) {
              let data16 = data1.p95;
              if (!(typeof data16 == "number" && isFinite(data16)) && data16 !== null) {
                const err17 = {
                  instancePath:
                    instancePath +
                    "/records/" +
                    key0.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/p95",
                  schemaPath: "metric-result.schema.json/properties/p95/type",
                  keyword: "type",
                  params: { type: schema39.properties.p95.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data1.p99 !== undefined) {
              let data17 = data1.p99;
              if (!(typeof data17 == "number" && isFinite(data17)) && data17 !== null) {
                const err18 = {
                  instancePath:
                    instancePath +
                    "/records/" +
                    key0.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/p99",
                  schemaPath: "metric-result.schema.json/properties/p99/type",
                  keyword: "type",
                  params: { type: schema39.properties.p99.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data1.std !== undefined) {
              let data18 = data1.std;
              if (!(typeof data18 == "number" && isFinite(data18)) && data18 !== null) {
                const err19 = {
                  instancePath:
                    instancePath +
                    "/records/" +
                    key0.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/std",
                  schemaPath: "metric-result.schema.json/properties/std/type",
                  keyword: "type",
                  params: { type: schema39.properties.std.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data1.count !== undefined) {
              let data19 = data1.count;
              if (
                !(
                  typeof data19 == "number" &&
                  !(data19 % 1) &&
                  !isNaN(data19) &&
                  isFinite(data19)
                ) &&
                data19 !== null
              ) {
                const err20 = {
                  instancePath:
                    instancePath +
                    "/records/" +
                    key0.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/count",
                  schemaPath: "metric-result.schema.json/properties/count/type",
                  keyword: "type",
                  params: { type: schema39.properties.count.type },
                  message: "must be integer,null",
                };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            for (const key1 in data1) {
              if (pattern1.test(key1)) {
                let data20 = data1[key1];
                if (!(typeof data20 == "number" && isFinite(data20)) && data20 !== null) {
                  const err21 = {
                    instancePath:
                      instancePath +
                      "/records/" +
                      key0.replace(/~/g, "~0").replace(/\//g, "~1") +
                      "/" +
                      key1.replace(/~/g, "~0").replace(/\//g, "~1"),
                    schemaPath:
                      "metric-result.schema.json/patternProperties/%5Ep%5Cd%2B%5C.%5Cd%2B%24/type",
                    keyword: "type",
                    params: { type: schema39.patternProperties["^p\\d+\\.\\d+$"].type },
                    message: "must be number,null",
                  };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err22 = {
              instancePath:
                instancePath + "/records/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "metric-result.schema.json/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
            };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = {
          instancePath: instancePath + "/records",
          schemaPath: "#/allOf/1/properties/records/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
  } else {
    const err24 = {
      instancePath,
      schemaPath: "#/allOf/1/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err24];
    } else {
      vErrors.push(err24);
    }
    errors++;
  }
  validate43.errors = vErrors;
  return errors === 0;
}
const schema50 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://aiperf-ts.github.io/schemas/summary-file-versioned.schema.json",
  allOf: [
    { $ref: "summary-file-flat.schema.json" },
    {
      type: "object",
      required: ["schema_version"],
      properties: { schema_version: { type: "string" } },
    },
  ],
};
const schema51 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://aiperf-ts.github.io/schemas/summary-file-flat.schema.json",
  allOf: [
    { $ref: "summary-file-common.schema.json" },
    {
      type: "object",
      properties: {
        schema_version: { type: "string", pattern: "^1\\.\\d+$" },
        aiperf_version: { type: "string" },
        benchmark_id: { type: "string" },
        telemetry_data: { $ref: "telemetry-data.schema.json" },
        run_info: { type: ["object", "null"] },
        warmup_metrics: {
          type: ["object", "null"],
          additionalProperties: { $ref: "metric-result.schema.json" },
        },
        runtime_submission_invalid_reasons: { type: ["array", "null"], items: { type: "string" } },
        branch_stats: { type: ["object", "null"] },
        is_complete: { type: ["boolean", "null"] },
        incomplete_reason: { type: ["string", "null"] },
        steady_state: {
          type: ["object", "null"],
          properties: {
            metrics: {
              type: "object",
              additionalProperties: { $ref: "metric-result.schema.json" },
            },
          },
        },
        pooled_spec_decode_acceptance_histogram: { type: ["object", "null"] },
      },
      patternProperties: { "^(input_config|was_cancelled|error_summary|start_time|end_time)$": {} },
      additionalProperties: {
        tsType: "unknown",
        if: { type: "object" },
        then: { $ref: "metric-result.schema.json" },
      },
    },
    {
      if: {
        required: ["schema_version"],
        properties: { schema_version: { const: "1.5" } },
        type: "object",
      },
      then: {
        properties: { telemetry_data: { $ref: "telemetry-data.schema.json#/definitions/v15" } },
        type: "object",
      },
    },
  ],
};
const schema53 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://aiperf-ts.github.io/schemas/telemetry-data.schema.json",
  type: ["object", "null"],
  required: ["endpoints"],
  properties: {
    summary: {
      type: ["object", "null"],
      properties: {
        endpoints_configured: { type: ["array", "integer"] },
        endpoints_successful: { type: ["array", "integer"] },
        start_time: { type: ["string", "null"] },
        end_time: { type: ["string", "null"] },
      },
    },
    endpoints: {
      type: "object",
      additionalProperties: {
        type: "object",
        required: ["gpus"],
        properties: {
          gpus: { type: "object", additionalProperties: { $ref: "#/definitions/gpu" } },
        },
      },
    },
    error_summary: { type: ["array", "null"] },
  },
  definitions: {
    metric: {
      type: "object",
      properties: { unit: { type: "string" } },
      additionalProperties: { type: ["number", "null"], tsType: "unknown" },
    },
    gpu: {
      type: "object",
      required: ["gpu_index", "metrics"],
      properties: {
        gpu_index: { type: "integer", minimum: 0 },
        gpu_name: { type: ["string", "null"] },
        gpu_uuid: { type: ["string", "null"] },
        platform: { type: "string" },
        hostname: { type: ["string", "null"] },
        namespace: { type: ["string", "null"] },
        pod_name: { type: ["string", "null"] },
        metrics: { type: "object", additionalProperties: { $ref: "#/definitions/metric" } },
      },
    },
    gpu15: {
      allOf: [
        { $ref: "#/definitions/gpu" },
        { required: ["platform"], type: "object" },
        {
          if: { properties: { platform: { const: "nvidia" } }, type: "object" },
          then: {
            properties: { metrics: { propertyNames: { pattern: "^nvidia_" }, type: "object" } },
            type: "object",
          },
        },
        {
          if: { properties: { platform: { const: "amd" } }, type: "object" },
          then: {
            properties: { metrics: { propertyNames: { pattern: "^amd_" }, type: "object" } },
            type: "object",
          },
        },
      ],
    },
    v15: {
      type: ["object", "null"],
      required: ["endpoints"],
      properties: {
        summary: {
          type: ["object", "null"],
          properties: {
            endpoints_configured: { type: ["array", "integer"] },
            endpoints_successful: { type: ["array", "integer"] },
            start_time: { type: ["string", "null"] },
            end_time: { type: ["string", "null"] },
          },
        },
        endpoints: {
          type: "object",
          additionalProperties: {
            type: "object",
            required: ["gpus"],
            properties: {
              gpus: { type: "object", additionalProperties: { $ref: "#/definitions/gpu15" } },
            },
          },
        },
        error_summary: { type: ["array", "null"] },
      },
    },
  },
};
const schema54 = {
  type: "object",
  required: ["gpu_index", "metrics"],
  properties: {
    gpu_index: { type: "integer", minimum: 0 },
    gpu_name: { type: ["string", "null"] },
    gpu_uuid: { type: ["string", "null"] },
    platform: { type: "string" },
    hostname: { type: ["string", "null"] },
    namespace: { type: ["string", "null"] },
    pod_name: { type: ["string", "null"] },
    metrics: { type: "object", additionalProperties: { $ref: "#/definitions/metric" } },
  },
};
const schema55 = {
  type: "object",
  properties: { unit: { type: "string" } },
  additionalProperties: { type: ["number", "null"], tsType: "unknown" },
};
function validate52(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.gpu_index === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "gpu_index" },
        message: "must have required property '" + "gpu_index" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.metrics === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "metrics" },
        message: "must have required property '" + "metrics" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.gpu_index !== undefined) {
      let data0 = data.gpu_index;
      if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
        const err2 = {
          instancePath: instancePath + "/gpu_index",
          schemaPath: "#/properties/gpu_index/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 < 0 || isNaN(data0)) {
          const err3 = {
            instancePath: instancePath + "/gpu_index",
            schemaPath: "#/properties/gpu_index/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    }
    if (data.gpu_name !== undefined) {
      let data1 = data.gpu_name;
      if (typeof data1 !== "string" && data1 !== null) {
        const err4 = {
          instancePath: instancePath + "/gpu_name",
          schemaPath: "#/properties/gpu_name/type",
          keyword: "type",
          params: { type: schema54.properties.gpu_name.type },
          message: "must be string,null",
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.gpu_uuid !== undefined) {
      let data2 = data.gpu_uuid;
      if (typeof data2 !== "string" && data2 !== null) {
        const err5 = {
          instancePath: instancePath + "/gpu_uuid",
          schemaPath: "#/properties/gpu_uuid/type",
          keyword: "type",
          params: { type: schema54.properties.gpu_uuid.type },
          message: "must be string,null",
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.platform !== undefined) {
      if (typeof data.platform !== "string") {
        const err6 = {
          instancePath: instancePath + "/platform",
          schemaPath: "#/properties/platform/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.hostname !== undefined) {
      let data4 = data.hostname;
      if (typeof data4 !== "string" && data4 !== null) {
        const err7 = {
          instancePath: instancePath + "/hostname",
          schemaPath: "#/properties/hostname/type",
          keyword: "type",
          params: { type: schema54.properties.hostname.type },
          message: "must be string,null",
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.namespace !== undefined) {
      let data5 = data.namespace;
      if (typeof data5 !== "string" && data5 !== null) {
        const err8 = {
          instancePath: instancePath + "/namespace",
          schemaPath: "#/properties/namespace/type",
          keyword: "type",
          params: { type: schema54.properties.namespace.type },
          message: "must be string,null",
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.pod_name !== undefined) {
      let data6 = data.pod_name;
      if (typeof data6 !== "string" && data6 !== null) {
        const err9 = {
          instancePath: instancePath + "/pod_name",
          schemaPath: "#/properties/pod_name/type",
          keyword: "type",
          params: { type: schema54.properties.pod_name.type },
          message: "must be string,null",
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.metrics !== undefined) {
      let data7 = data.metrics;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key0 in data7) {
          let data8 = data7[key0];
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            for (const key1 in data8) {
              if (!(key1 === "unit")) {
                let data9 = data8[key1];
                if (!(typeof data9 == "number" && isFinite(data9)) && data9 !== null) {
                  const err10 = {
                    instancePath:
                      instancePath +
                      "/metrics/" +
                      key0.replace(/~/g, "~0").replace(/\//g, "~1") +
                      "/" +
                      key1.replace(/~/g, "~0").replace(/\//g, "~1"),
                    schemaPath: "#/definitions/metric/additionalProperties/type",
                    keyword: "type",
                    params: { type: schema55.additionalProperties.type },
                    message: "must be number,null",
                  };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              }
            }
            if (data8.unit !== undefined) {
              if (typeof data8.unit !== "string") {
                const err11 = {
                  instancePath:
                    instancePath +
                    "/metrics/" +
                    key0.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/unit",
                  schemaPath: "#/definitions/metric/properties/unit/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
          } else {
            const err12 = {
              instancePath:
                instancePath + "/metrics/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/definitions/metric/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = {
          instancePath: instancePath + "/metrics",
          schemaPath: "#/properties/metrics/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
  } else {
    const err14 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate52.errors = vErrors;
  return errors === 0;
}
function validate51(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://aiperf-ts.github.io/schemas/telemetry-data.schema.json" */ let vErrors =
    null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: schema53.type },
      message: "must be object,null",
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.endpoints === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "endpoints" },
        message: "must have required property '" + "endpoints" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.summary !== undefined) {
      let data0 = data.summary;
      if (!(data0 && typeof data0 == "object" && !Array.isArray(data0)) && data0 !== null) {
        const err2 = {
          instancePath: instancePath + "/summary",
          schemaPath: "#/properties/summary/type",
          keyword: "type",
          params: { type: schema53.properties.summary.type },
          message: "must be object,null",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.endpoints_configured !== undefined) {
          let data1 = data0.endpoints_configured;
          if (
            !Array.isArray(data1) &&
            !(typeof data1 == "number" && !(data1 % 1) && !isNaN(data1) && isFinite(data1))
          ) {
            const err3 = {
              instancePath: instancePath + "/summary/endpoints_configured",
              schemaPath: "#/properties/summary/properties/endpoints_configured/type",
              keyword: "type",
              params: { type: schema53.properties.summary.properties.endpoints_configured.type },
              message: "must be array,integer",
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data0.endpoints_successful !== undefined) {
          let data2 = data0.endpoints_successful;
          if (
            !Array.isArray(data2) &&
            !(typeof data2 == "number" && !(data2 % 1) && !isNaN(data2) && isFinite(data2))
          ) {
            const err4 = {
              instancePath: instancePath + "/summary/endpoints_successful",
              schemaPath: "#/properties/summary/properties/endpoints_successful/type",
              keyword: "type",
              params: { type: schema53.properties.summary.properties.endpoints_successful.type },
              message: "must be array,integer",
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.start_time !== undefined) {
          let data3 = data0.start_time;
          if (typeof data3 !== "string" && data3 !== null) {
            const err5 = {
              instancePath: instancePath + "/summary/start_time",
              schemaPath: "#/properties/summary/properties/start_time/type",
              keyword: "type",
              params: { type: schema53.properties.summary.properties.start_time.type },
              message: "must be string,null",
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data0.end_time !== undefined) {
          let data4 = data0.end_time;
          if (typeof data4 !== "string" && data4 !== null) {
            const err6 = {
              instancePath: instancePath + "/summary/end_time",
              schemaPath: "#/properties/summary/properties/end_time/type",
              keyword: "type",
              params: { type: schema53.properties.summary.properties.end_time.type },
              message: "must be string,null",
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      }
    }
    if (data.endpoints !== undefined) {
      let data5 = data.endpoints;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key0 in data5) {
          let data6 = data5[key0];
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.gpus === undefined) {
              const err7 = {
                instancePath:
                  instancePath + "/endpoints/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "#/properties/endpoints/additionalProperties/required",
                keyword: "required",
                params: { missingProperty: "gpus" },
                message: "must have required property '" + "gpus" + "'",
              };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (data6.gpus !== undefined) {
              let data7 = data6.gpus;
              if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                for (const key1 in data7) {
                  if (
                    !validate52(data7[key1], {
                      instancePath:
                        instancePath +
                        "/endpoints/" +
                        key0.replace(/~/g, "~0").replace(/\//g, "~1") +
                        "/gpus/" +
                        key1.replace(/~/g, "~0").replace(/\//g, "~1"),
                      parentData: data7,
                      parentDataProperty: key1,
                      rootData,
                    })
                  ) {
                    vErrors =
                      vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                const err8 = {
                  instancePath:
                    instancePath +
                    "/endpoints/" +
                    key0.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/gpus",
                  schemaPath: "#/properties/endpoints/additionalProperties/properties/gpus/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object",
                };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
          } else {
            const err9 = {
              instancePath:
                instancePath + "/endpoints/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/properties/endpoints/additionalProperties/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = {
          instancePath: instancePath + "/endpoints",
          schemaPath: "#/properties/endpoints/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.error_summary !== undefined) {
      let data9 = data.error_summary;
      if (!Array.isArray(data9) && data9 !== null) {
        const err11 = {
          instancePath: instancePath + "/error_summary",
          schemaPath: "#/properties/error_summary/type",
          keyword: "type",
          params: { type: schema53.properties.error_summary.type },
          message: "must be array,null",
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  }
  validate51.errors = vErrors;
  return errors === 0;
}
const schema58 = {
  type: ["object", "null"],
  required: ["endpoints"],
  properties: {
    summary: {
      type: ["object", "null"],
      properties: {
        endpoints_configured: { type: ["array", "integer"] },
        endpoints_successful: { type: ["array", "integer"] },
        start_time: { type: ["string", "null"] },
        end_time: { type: ["string", "null"] },
      },
    },
    endpoints: {
      type: "object",
      additionalProperties: {
        type: "object",
        required: ["gpus"],
        properties: {
          gpus: { type: "object", additionalProperties: { $ref: "#/definitions/gpu15" } },
        },
      },
    },
    error_summary: { type: ["array", "null"] },
  },
};
const schema59 = {
  allOf: [
    { $ref: "#/definitions/gpu" },
    { required: ["platform"], type: "object" },
    {
      if: { properties: { platform: { const: "nvidia" } }, type: "object" },
      then: {
        properties: { metrics: { propertyNames: { pattern: "^nvidia_" }, type: "object" } },
        type: "object",
      },
    },
    {
      if: { properties: { platform: { const: "amd" } }, type: "object" },
      then: {
        properties: { metrics: { propertyNames: { pattern: "^amd_" }, type: "object" } },
        type: "object",
      },
    },
  ],
};
const pattern28 = new RegExp("^nvidia_", "u");
const pattern29 = new RegExp("^amd_", "u");
function validate56(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (!validate52(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.platform === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/allOf/1/required",
        keyword: "required",
        params: { missingProperty: "platform" },
        message: "must have required property '" + "platform" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: "#/allOf/1/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  const _errs4 = errors;
  let valid1 = true;
  const _errs5 = errors;
  if (errors === _errs5) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.platform !== undefined) {
        if ("nvidia" !== data.platform) {
          const err2 = {};
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    } else {
      const err3 = {};
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
  }
  var _valid0 = _errs5 === errors;
  errors = _errs4;
  if (vErrors !== null) {
    if (_errs4) {
      vErrors.length = _errs4;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs8 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.metrics !== undefined) {
        let data1 = data.metrics;
        if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
          for (const key0 in data1) {
            const _errs12 = errors;
            if (typeof key0 === "string") {
              if (!pattern28.test(key0)) {
                const err4 = {
                  instancePath: instancePath + "/metrics",
                  schemaPath: "#/allOf/2/then/properties/metrics/propertyNames/pattern",
                  keyword: "pattern",
                  params: { pattern: "^nvidia_" },
                  message: 'must match pattern "' + "^nvidia_" + '"',
                  propertyName: key0,
                };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            var valid4 = _errs12 === errors;
            if (!valid4) {
              const err5 = {
                instancePath: instancePath + "/metrics",
                schemaPath: "#/allOf/2/then/properties/metrics/propertyNames",
                keyword: "propertyNames",
                params: { propertyName: key0 },
                message: "property name must be valid",
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          }
        } else {
          const err6 = {
            instancePath: instancePath + "/metrics",
            schemaPath: "#/allOf/2/then/properties/metrics/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    } else {
      const err7 = {
        instancePath,
        schemaPath: "#/allOf/2/then/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    var _valid0 = _errs8 === errors;
    valid1 = _valid0;
  }
  if (!valid1) {
    const err8 = {
      instancePath,
      schemaPath: "#/allOf/2/if",
      keyword: "if",
      params: { failingKeyword: "then" },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  const _errs14 = errors;
  let valid5 = true;
  const _errs15 = errors;
  if (errors === _errs15) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.platform !== undefined) {
        if ("amd" !== data.platform) {
          const err9 = {};
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    } else {
      const err10 = {};
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
  }
  var _valid1 = _errs15 === errors;
  errors = _errs14;
  if (vErrors !== null) {
    if (_errs14) {
      vErrors.length = _errs14;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs18 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.metrics !== undefined) {
        let data3 = data.metrics;
        if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
          for (const key1 in data3) {
            const _errs22 = errors;
            if (typeof key1 === "string") {
              if (!pattern29.test(key1)) {
                const err11 = {
                  instancePath: instancePath + "/metrics",
                  schemaPath: "#/allOf/3/then/properties/metrics/propertyNames/pattern",
                  keyword: "pattern",
                  params: { pattern: "^amd_" },
                  message: 'must match pattern "' + "^amd_" + '"',
                  propertyName: key1,
                };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            var valid8 = _errs22 === errors;
            if (!valid8) {
              const err12 = {
                instancePath: instancePath + "/metrics",
                schemaPath: "#/allOf/3/then/properties/metrics/propertyNames",
                keyword: "propertyNames",
                params: { propertyName: key1 },
                message: "property name must be valid",
              };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          }
        } else {
          const err13 = {
            instancePath: instancePath + "/metrics",
            schemaPath: "#/allOf/3/then/properties/metrics/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    } else {
      const err14 = {
        instancePath,
        schemaPath: "#/allOf/3/then/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
      };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    var _valid1 = _errs18 === errors;
    valid5 = _valid1;
  }
  if (!valid5) {
    const err15 = {
      instancePath,
      schemaPath: "#/allOf/3/if",
      keyword: "if",
      params: { failingKeyword: "then" },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate56.errors = vErrors;
  return errors === 0;
}
function validate55(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: schema58.type },
      message: "must be object,null",
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.endpoints === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "endpoints" },
        message: "must have required property '" + "endpoints" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.summary !== undefined) {
      let data0 = data.summary;
      if (!(data0 && typeof data0 == "object" && !Array.isArray(data0)) && data0 !== null) {
        const err2 = {
          instancePath: instancePath + "/summary",
          schemaPath: "#/properties/summary/type",
          keyword: "type",
          params: { type: schema58.properties.summary.type },
          message: "must be object,null",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.endpoints_configured !== undefined) {
          let data1 = data0.endpoints_configured;
          if (
            !Array.isArray(data1) &&
            !(typeof data1 == "number" && !(data1 % 1) && !isNaN(data1) && isFinite(data1))
          ) {
            const err3 = {
              instancePath: instancePath + "/summary/endpoints_configured",
              schemaPath: "#/properties/summary/properties/endpoints_configured/type",
              keyword: "type",
              params: { type: schema58.properties.summary.properties.endpoints_configured.type },
              message: "must be array,integer",
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data0.endpoints_successful !== undefined) {
          let data2 = data0.endpoints_successful;
          if (
            !Array.isArray(data2) &&
            !(typeof data2 == "number" && !(data2 % 1) && !isNaN(data2) && isFinite(data2))
          ) {
            const err4 = {
              instancePath: instancePath + "/summary/endpoints_successful",
              schemaPath: "#/properties/summary/properties/endpoints_successful/type",
              keyword: "type",
              params: { type: schema58.properties.summary.properties.endpoints_successful.type },
              message: "must be array,integer",
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.start_time !== undefined) {
          let data3 = data0.start_time;
          if (typeof data3 !== "string" && data3 !== null) {
            const err5 = {
              instancePath: instancePath + "/summary/start_time",
              schemaPath: "#/properties/summary/properties/start_time/type",
              keyword: "type",
              params: { type: schema58.properties.summary.properties.start_time.type },
              message: "must be string,null",
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data0.end_time !== undefined) {
          let data4 = data0.end_time;
          if (typeof data4 !== "string" && data4 !== null) {
            const err6 = {
              instancePath: instancePath + "/summary/end_time",
              schemaPath: "#/properties/summary/properties/end_time/type",
              keyword: "type",
              params: { type: schema58.properties.summary.properties.end_time.type },
              message: "must be string,null",
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      }
    }
    if (data.endpoints !== undefined) {
      let data5 = data.endpoints;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key0 in data5) {
          let data6 = data5[key0];
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.gpus === undefined) {
              const err7 = {
                instancePath:
                  instancePath + "/endpoints/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "#/properties/endpoints/additionalProperties/required",
                keyword: "required",
                params: { missingProperty: "gpus" },
                message: "must have required property '" + "gpus" + "'",
              };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (data6.gpus !== undefined) {
              let data7 = data6.gpus;
              if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                for (const key1 in data7) {
                  if (
                    !validate56(data7[key1], {
                      instancePath:
                        instancePath +
                        "/endpoints/" +
                        key0.replace(/~/g, "~0").replace(/\//g, "~1") +
                        "/gpus/" +
                        key1.replace(/~/g, "~0").replace(/\//g, "~1"),
                      parentData: data7,
                      parentDataProperty: key1,
                      rootData,
                    })
                  ) {
                    vErrors =
                      vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                const err8 = {
                  instancePath:
                    instancePath +
                    "/endpoints/" +
                    key0.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/gpus",
                  schemaPath: "#/properties/endpoints/additionalProperties/properties/gpus/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object",
                };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
          } else {
            const err9 = {
              instancePath:
                instancePath + "/endpoints/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/properties/endpoints/additionalProperties/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = {
          instancePath: instancePath + "/endpoints",
          schemaPath: "#/properties/endpoints/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.error_summary !== undefined) {
      let data9 = data.error_summary;
      if (!Array.isArray(data9) && data9 !== null) {
        const err11 = {
          instancePath: instancePath + "/error_summary",
          schemaPath: "#/properties/error_summary/type",
          keyword: "type",
          params: { type: schema58.properties.error_summary.type },
          message: "must be array,null",
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  }
  validate55.errors = vErrors;
  return errors === 0;
}
const pattern23 = new RegExp(
  "^(input_config|was_cancelled|error_summary|start_time|end_time)$",
  "u",
);
function validate49(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://aiperf-ts.github.io/schemas/summary-file-flat.schema.json" */ let vErrors =
    null;
  let errors = 0;
  if (!validate44(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(func2.call(schema51.allOf[1].properties, key0) || pattern23.test(key0))) {
        let data0 = data[key0];
        const _errs5 = errors;
        let valid2 = true;
        const _errs6 = errors;
        if (!(data0 && typeof data0 == "object" && !Array.isArray(data0))) {
          const err0 = {};
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        var _valid0 = _errs6 === errors;
        errors = _errs5;
        if (vErrors !== null) {
          if (_errs5) {
            vErrors.length = _errs5;
          } else {
            vErrors = null;
          }
        }
        if (_valid0) {
          const _errs8 = errors;
          if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            if (data0.unit === undefined) {
              const err1 = {
                instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "metric-result.schema.json/required",
                keyword: "required",
                params: { missingProperty: "unit" },
                message: "must have required property '" + "unit" + "'",
              };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
            if (data0.avg === undefined) {
              const err2 = {
                instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "metric-result.schema.json/required",
                keyword: "required",
                params: { missingProperty: "avg" },
                message: "must have required property '" + "avg" + "'",
              };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            if (data0.tag !== undefined) {
              if (typeof data0.tag !== "string") {
                const err3 = {
                  instancePath:
                    instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/tag",
                  schemaPath: "metric-result.schema.json/properties/tag/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
            if (data0.unit !== undefined) {
              if (typeof data0.unit !== "string") {
                const err4 = {
                  instancePath:
                    instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/unit",
                  schemaPath: "metric-result.schema.json/properties/unit/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            if (data0.header !== undefined) {
              if (typeof data0.header !== "string") {
                const err5 = {
                  instancePath:
                    instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/header",
                  schemaPath: "metric-result.schema.json/properties/header/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data0.avg !== undefined) {
              let data4 = data0.avg;
              if (!(typeof data4 == "number" && isFinite(data4)) && data4 !== null) {
                const err6 = {
                  instancePath:
                    instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/avg",
                  schemaPath: "metric-result.schema.json/properties/avg/type",
                  keyword: "type",
                  params: { type: schema39.properties.avg.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data0.min !== undefined) {
              let data5 = data0.min;
              if (!(typeof data5 == "number" && isFinite(data5)) && data5 !== null) {
                const err7 = {
                  instancePath:
                    instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/min",
                  schemaPath: "metric-result.schema.json/properties/min/type",
                  keyword: "type",
                  params: { type: schema39.properties.min.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data0.max !== undefined) {
              let data6 = data0.max;
              if (!(typeof data6 == "number" && isFinite(data6)) && data6 !== null) {
                const err8 = {
                  instancePath:
                    instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/max",
                  schemaPath: "metric-result.schema.json/properties/max/type",
                  keyword: "type",
                  params: { type: schema39.properties.max.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data0.sum !== undefined) {
              let data7 = data0.sum;
              if (!(typeof data7 == "number" && isFinite(data7)) && data7 !== null) {
                const err9 = {
                  instancePath:
                    instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/sum",
                  schemaPath: "metric-result.schema.json/properties/sum/type",
                  keyword: "type",
                  params: { type: schema39.properties.sum.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data0.p1 !== undefined) {
              let data8 = data0.p1;
              if (!(typeof data8 == "number" && isFinite(data8)) && data8 !== null) {
                const err10 = {
                  instancePath:
                    instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/p1",
                  schemaPath: "metric-result.schema.json/properties/p1/type",
                  keyword: "type",
                  params: { type: schema39.properties.p1.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data0.p5 !== undefined) {
              let data9 = data0.p5;
              if (!(typeof data9 == "number" && isFinite(data9)) && data9 !== null) {
                const err11 = {
                  instancePath:
                    instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/p5",
                  schemaPath: "metric-result.schema.json/properties/p5/type",
                  keyword: "type",
                  params: { type: schema39.properties.p5.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data0.p10 !== undefined) {
              let data10 = data0.p10;
              if (!(typeof data10 == "number" && isFinite(data10)) && data10 !== null) {
                const err12 = {
                  instancePath:
                    instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/p10",
                  schemaPath: "metric-result.schema.json/properties/p10/type",
                  keyword: "type",
                  params: { type: schema39.properties.p10.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data0.p25 !== undefined) {
              let data11 = data0.p25;
              if (!(typeof data11 == "number" && isFinite(data11)) && data11 !== null) {
                const err13 = {
                  instancePath:
                    instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/p25",
                  schemaPath: "metric-result.schema.json/properties/p25/type",
                  keyword: "type",
                  params: { type: schema39.properties.p25.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data0.p50 !== undefined) {
              let data12 = data0.p50;
              if (!(typeof data12 == "number" && isFinite(data12)) && data12 !== null) {
                const err14 = {
                  instancePath:
                    instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/p50",
                  schemaPath: "metric-result.schema.json/properties/p50/type",
                  keyword: "type",
                  params: { type: schema39.properties.p50.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data0.p75 !== undefined) {
              let data13 = data0.p75;
              if (!(typeof data13 == "number" && isFinite(data13)) && data13 !== null) {
                const err15 = {
                  instancePath:
                    instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/p75",
                  schemaPath: "metric-result.schema.json/properties/p75/type",
                  keyword: "type",
                  params: { type: schema39.properties.p75.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data0.p90 !== undefined) {
              let data14 = data0.p90;
              if (!(typeof data14 == "number" && isFinite(data14)) && data14 !== null) {
                const err16 = {
                  instancePath:
                    instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/p90",
                  schemaPath: "metric-result.schema.json/properties/p90/type",
                  keyword: "type",
                  params: { type: schema39.properties.p90.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data0.p95 !== undefined) {
              let data15 = data0.p95;
              if (!(typeof data15 == "number" && isFinite(data15)) && data15 !== null) {
                const err17 = {
                  instancePath:
                    instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/p95",
                  schemaPath: "metric-result.schema.json/properties/p95/type",
                  keyword: "type",
                  params: { type: schema39.properties.p95.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data0.p99 !== undefined) {
              let data16 = data0.p99;
              if (!(typeof data16 == "number" && isFinite(data16)) && data16 !== null) {
                const err18 = {
                  instancePath:
                    instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/p99",
                  schemaPath: "metric-result.schema.json/properties/p99/type",
                  keyword: "type",
                  params: { type: schema39.properties.p99.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data0.std !== undefined) {
              let data17 = data0.std;
              if (!(typeof data17 == "number" && isFinite(data17)) && data17 !== null) {
                const err19 = {
                  instancePath:
                    instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/std",
                  schemaPath: "metric-result.schema.json/properties/std/type",
                  keyword: "type",
                  params: { type: schema39.properties.std.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data0.count !== undefined) {
              let data18 = data0.count;
              if (
                !(
                  typeof data18 == "number" &&
                  !(data18 % 1) &&
                  !isNaN(data18) &&
                  isFinite(data18)
                ) &&
                data18 !== null
              ) {
                const err20 = {
                  instancePath:
                    instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/count",
                  schemaPath: "metric-result.schema.json/properties/count/type",
                  keyword: "type",
                  params: { type: schema39.properties.count.type },
                  message: "must be integer,null",
                };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            for (const key1 in data0) {
              if (pattern1.test(key1)) {
                let data19 = data0[key1];
                if (!(typeof data19 == "number" && isFinite(data19)) && data19 !== null) {
                  const err21 = {
                    instancePath:
                      instancePath +
                      "/" +
                      key0.replace(/~/g, "~0").replace(/\//g, "~1") +
                      "/" +
                      key1.replace(/~/g, "~0").replace(/\//g, "~1"),
                    schemaPath:
                      "metric-result.schema.json/patternProperties/%5Ep%5Cd%2B%5C.%5Cd%2B%24/type",
                    keyword: "type",
                    params: { type: schema39.patternProperties["^p\\d+\\.\\d+$"].type },
                    message: "must be number,null",
                  };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err22 = {
              instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "metric-result.schema.json/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
            };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
          var _valid0 = _errs8 === errors;
          valid2 = _valid0;
        }
        if (!valid2) {
          const err23 = {
            instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
            schemaPath: "#/allOf/1/additionalProperties/if",
            keyword: "if",
            params: { failingKeyword: "then" },
            message: 'must match "then" schema',
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      }
    }
    if (data.schema_version !== undefined) {
      let data20 = data.schema_version;
      if (typeof data20 === "string") {
        if (!pattern18.test(data20)) {
          const err24 = {
            instancePath: instancePath + "/schema_version",
            schemaPath: "#/allOf/1/properties/schema_version/pattern",
            keyword: "pattern",
            params: { pattern: "^1\\.\\d+$" },
            message: 'must match pattern "' + "^1\\.\\d+$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = {
          instancePath: instancePath + "/schema_version",
          schemaPath: "#/allOf/1/properties/schema_version/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.aiperf_version !== undefined) {
      if (typeof data.aiperf_version !== "string") {
        const err26 = {
          instancePath: instancePath + "/aiperf_version",
          schemaPath: "#/allOf/1/properties/aiperf_version/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.benchmark_id !== undefined) {
      if (typeof data.benchmark_id !== "string") {
        const err27 = {
          instancePath: instancePath + "/benchmark_id",
          schemaPath: "#/allOf/1/properties/benchmark_id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.telemetry_data !== undefined) {
      if (
        !validate51(data.telemetry_data, {
          instancePath: instancePath + "/telemetry_data",
          parentData: data,
          parentDataProperty: "telemetry_data",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
        errors = vErrors.length;
      }
    }
    if (data.run_info !== undefined) {
      let data24 = data.run_info;
      if (!(data24 && typeof data24 == "object" && !Array.isArray(data24)) && data24 !== null) {
        const err28 = {
          instancePath: instancePath + "/run_info",
          schemaPath: "#/allOf/1/properties/run_info/type",
          keyword: "type",
          params: { type: schema51.allOf[1].properties.run_info.type },
          message: "must be object,null",
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.warmup_metrics !== undefined) {
      let data25 = data.warmup_metrics;
      if (!(data25 && typeof data25 == "object" && !Array.isArray(data25)) && data25 !== null) {
        const err29 = {
          instancePath: instancePath + "/warmup_metrics",
          schemaPath: "#/allOf/1/properties/warmup_metrics/type",
          keyword: "type",
          params: { type: schema51.allOf[1].properties.warmup_metrics.type },
          message: "must be object,null",
        };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        for (const key2 in data25) {
          let data26 = data25[key2];
          if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
            if (data26.unit === undefined) {
              const err30 = {
                instancePath:
                  instancePath + "/warmup_metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "metric-result.schema.json/required",
                keyword: "required",
                params: { missingProperty: "unit" },
                message: "must have required property '" + "unit" + "'",
              };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            if (data26.avg === undefined) {
              const err31 = {
                instancePath:
                  instancePath + "/warmup_metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "metric-result.schema.json/required",
                keyword: "required",
                params: { missingProperty: "avg" },
                message: "must have required property '" + "avg" + "'",
              };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            if (data26.tag !== undefined) {
              if (typeof data26.tag !== "string") {
                const err32 = {
                  instancePath:
                    instancePath +
                    "/warmup_metrics/" +
                    key2.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/tag",
                  schemaPath: "metric-result.schema.json/properties/tag/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data26.unit !== undefined) {
              if (typeof data26.unit !== "string") {
                const err33 = {
                  instancePath:
                    instancePath +
                    "/warmup_metrics/" +
                    key2.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/unit",
                  schemaPath: "metric-result.schema.json/properties/unit/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data26.header !== undefined) {
              if (typeof data26.header !== "string") {
                const err34 = {
                  instancePath:
                    instancePath +
                    "/warmup_metrics/" +
                    key2.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/header",
                  schemaPath: "metric-result.schema.json/properties/header/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data26.avg !== undefined) {
              let data30 = data26.avg;
              if (!(typeof data30 == "number" && isFinite(data30)) && data30 !== null) {
                const err35 = {
                  instancePath:
                    instancePath +
                    "/warmup_metrics/" +
                    key2.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/avg",
                  schemaPath: "metric-result.schema.json/properties/avg/type",
                  keyword: "type",
                  params: { type: schema39.properties.avg.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data26.min !== undefined) {
              let data31 = data26.min;
              if (!(typeof data31 == "number" && isFinite(data31)) && data31 !== null) {
                const err36 = {
                  instancePath:
                    instancePath +
                    "/warmup_metrics/" +
                    key2.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/min",
                  schemaPath: "metric-result.schema.json/properties/min/type",
                  keyword: "type",
                  params: { type: schema39.properties.min.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data26.max !== undefined) {
              let data32 = data26.max;
              if (!(typeof data32 == "number" && isFinite(data32)) && data32 !== null) {
                const err37 = {
                  instancePath:
                    instancePath +
                    "/warmup_metrics/" +
                    key2.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/max",
                  schemaPath: "metric-result.schema.json/properties/max/type",
                  keyword: "type",
                  params: { type: schema39.properties.max.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data26.sum !== undefined) {
              let data33 = data26.sum;
              if (!(typeof data33 == "number" && isFinite(data33)) && data33 !== null) {
                const err38 = {
                  instancePath:
                    instancePath +
                    "/warmup_metrics/" +
                    key2.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/sum",
                  schemaPath: "metric-result.schema.json/properties/sum/type",
                  keyword: "type",
                  params: { type: schema39.properties.sum.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            if (data26.p1 !== undefined) {
              let data34 = data26.p1;
              if (!(typeof data34 == "number" && isFinite(data34)) && data34 !== null) {
                const err39 = {
                  instancePath:
                    instancePath +
                    "/warmup_metrics/" +
                    key2.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/p1",
                  schemaPath: "metric-result.schema.json/properties/p1/type",
                  keyword: "type",
                  params: { type: schema39.properties.p1.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data26.p5 !== undefined) {
              let data35 = data26.p5;
              if (!(typeof data35 == "number" && isFinite(data35)) && data35 !== null) {
                const err40 = {
                  instancePath:
                    instancePath +
                    "/warmup_metrics/" +
                    key2.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/p5",
                  schemaPath: "metric-result.schema.json/properties/p5/type",
                  keyword: "type",
                  params: { type: schema39.properties.p5.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data26.p10 !== undefined) {
              let data36 = data26.p10;
              if (!(typeof data36 == "number" && isFinite(data36)) && data36 !== null) {
                const err41 = {
                  instancePath:
                    instancePath +
                    "/warmup_metrics/" +
                    key2.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/p10",
                  schemaPath: "metric-result.schema.json/properties/p10/type",
                  keyword: "type",
                  params: { type: schema39.properties.p10.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data26.p25 !== undefined) {
              let data37 = data26.p25;
              if (!(typeof data37 == "number" && isFinite(data37)) && data37 !== null) {
                const err42 = {
                  instancePath:
                    instancePath +
                    "/warmup_metrics/" +
                    key2.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/p25",
                  schemaPath: "metric-result.schema.json/properties/p25/type",
                  keyword: "type",
                  params: { type: schema39.properties.p25.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data26.p50 !== undefined) {
              let data38 = data26.p50;
              if (!(typeof data38 == "number" && isFinite(data38)) && data38 !== null) {
                const err43 = {
                  instancePath:
                    instancePath +
                    "/warmup_metrics/" +
                    key2.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/p50",
                  schemaPath: "metric-result.schema.json/properties/p50/type",
                  keyword: "type",
                  params: { type: schema39.properties.p50.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data26.p75 !== undefined) {
              let data39 = data26.p75;
              if (!(typeof data39 == "number" && isFinite(data39)) && data39 !== null) {
                const err44 = {
                  instancePath:
                    instancePath +
                    "/warmup_metrics/" +
                    key2.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/p75",
                  schemaPath: "metric-result.schema.json/properties/p75/type",
                  keyword: "type",
                  params: { type: schema39.properties.p75.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data26.p90 !== undefined) {
              let data40 = data26.p90;
              if (!(typeof data40 == "number" && isFinite(data40)) && data40 !== null) {
                const err45 = {
                  instancePath:
                    instancePath +
                    "/warmup_metrics/" +
                    key2.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/p90",
                  schemaPath: "metric-result.schema.json/properties/p90/type",
                  keyword: "type",
                  params: { type: schema39.properties.p90.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data26.p95 !== undefined) {
              let data41 = data26.p95;
              if (!(typeof data41 == "number" && isFinite(data41)) && data41 !== null) {
                const err46 = {
                  instancePath:
                    instancePath +
                    "/warmup_metrics/" +
                    key2.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/p95",
                  schemaPath: "metric-result.schema.json/properties/p95/type",
                  keyword: "type",
                  params: { type: schema39.properties.p95.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data26.p99 !== undefined) {
              let data42 = data26.p99;
              if (!(typeof data42 == "number" && isFinite(data42)) && data42 !== null) {
                const err47 = {
                  instancePath:
                    instancePath +
                    "/warmup_metrics/" +
                    key2.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/p99",
                  schemaPath: "metric-result.schema.json/properties/p99/type",
                  keyword: "type",
                  params: { type: schema39.properties.p99.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data26.std !== undefined) {
              let data43 = data26.std;
              if (!(typeof data43 == "number" && isFinite(data43)) && data43 !== null) {
                const err48 = {
                  instancePath:
                    instancePath +
                    "/warmup_metrics/" +
                    key2.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/std",
                  schemaPath: "metric-result.schema.json/properties/std/type",
                  keyword: "type",
                  params: { type: schema39.properties.std.type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data26.count !== undefined) {
              let data44 = data26.count;
              if (
                !(
                  typeof data44 == "number" &&
                  !(data44 % 1) &&
                  !isNaN(data44) &&
                  isFinite(data44)
                ) &&
                data44 !== null
              ) {
                const err49 = {
                  instancePath:
                    instancePath +
                    "/warmup_metrics/" +
                    key2.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/count",
                  schemaPath: "metric-result.schema.json/properties/count/type",
                  keyword: "type",
                  params: { type: schema39.properties.count.type },
                  message: "must be integer,null",
                };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            for (const key3 in data26) {
              if (pattern1.test(key3)) {
                let data45 = data26[key3];
                if (!(typeof data45 == "number" && isFinite(data45)) && data45 !== null) {
                  const err50 = {
                    instancePath:
                      instancePath +
                      "/warmup_metrics/" +
                      key2.replace(/~/g, "~0").replace(/\//g, "~1") +
                      "/" +
                      key3.replace(/~/g, "~0").replace(/\//g, "~1"),
                    schemaPath:
                      "metric-result.schema.json/patternProperties/%5Ep%5Cd%2B%5C.%5Cd%2B%24/type",
                    keyword: "type",
                    params: { type: schema39.patternProperties["^p\\d+\\.\\d+$"].type },
                    message: "must be number,null",
                  };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err51 = {
              instancePath:
                instancePath + "/warmup_metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "metric-result.schema.json/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
            };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
      }
    }
    if (data.runtime_submission_invalid_reasons !== undefined) {
      let data46 = data.runtime_submission_invalid_reasons;
      if (!Array.isArray(data46) && data46 !== null) {
        const err52 = {
          instancePath: instancePath + "/runtime_submission_invalid_reasons",
          schemaPath: "#/allOf/1/properties/runtime_submission_invalid_reasons/type",
          keyword: "type",
          params: { type: schema51.allOf[1].properties.runtime_submission_invalid_reasons.type },
          message: "must be array,null",
        };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
      if (Array.isArray(data46)) {
        const len0 = data46.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data46[i0] !== "string") {
            const err53 = {
              instancePath: instancePath + "/runtime_submission_invalid_reasons/" + i0,
              schemaPath: "#/allOf/1/properties/runtime_submission_invalid_reasons/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
      }
    }
    if (data.branch_stats !== undefined) {
      let data48 = data.branch_stats;
      if (!(data48 && typeof data48 == "object" && !Array.isArray(data48)) && data48 !== null) {
        const err54 = {
          instancePath: instancePath + "/branch_stats",
          schemaPath: "#/allOf/1/properties/branch_stats/type",
          keyword: "type",
          params: { type: schema51.allOf[1].properties.branch_stats.type },
          message: "must be object,null",
        };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.is_complete !== undefined) {
      let data49 = data.is_complete;
      if (typeof data49 !== "boolean" && data49 !== null) {
        const err55 = {
          instancePath: instancePath + "/is_complete",
          schemaPath: "#/allOf/1/properties/is_complete/type",
          keyword: "type",
          params: { type: schema51.allOf[1].properties.is_complete.type },
          message: "must be boolean,null",
        };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    }
    if (data.incomplete_reason !== undefined) {
      let data50 = data.incomplete_reason;
      if (typeof data50 !== "string" && data50 !== null) {
        const err56 = {
          instancePath: instancePath + "/incomplete_reason",
          schemaPath: "#/allOf/1/properties/incomplete_reason/type",
          keyword: "type",
          params: { type: schema51.allOf[1].properties.incomplete_reason.type },
          message: "must be string,null",
        };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
    if (data.steady_state !== undefined) {
      let data51 = data.steady_state;
      if (!(data51 && typeof data51 == "object" && !Array.isArray(data51)) && data51 !== null) {
        const err57 = {
          instancePath: instancePath + "/steady_state",
          schemaPath: "#/allOf/1/properties/steady_state/type",
          keyword: "type",
          params: { type: schema51.allOf[1].properties.steady_state.type },
          message: "must be object,null",
        };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
      if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
        if (data51.metrics !== undefined) {
          let data52 = data51.metrics;
          if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
            for (const key4 in data52) {
              let data53 = data52[key4];
              if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
                if (data53.unit === undefined) {
                  const err58 = {
                    instancePath:
                      instancePath +
                      "/steady_state/metrics/" +
                      key4.replace(/~/g, "~0").replace(/\//g, "~1"),
                    schemaPath: "metric-result.schema.json/required",
                    keyword: "required",
                    params: { missingProperty: "unit" },
                    message: "must have required property '" + "unit" + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
                if (data53.avg === undefined) {
                  const err59 = {
                    instancePath:
                      instancePath +
                      "/steady_state/metrics/" +
                      key4.replace(/~/g, "~0").replace(/\//g, "~1"),
                    schemaPath: "metric-result.schema.json/required",
                    keyword: "required",
                    params: { missingProperty: "avg" },
                    message: "must have required property '" + "avg" + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
                if (data53.tag !== undefined) {
                  if (typeof data53.tag !== "string") {
                    const err60 = {
                      instancePath:
                        instancePath +
                        "/steady_state/metrics/" +
                        key4.replace(/~/g, "~0").replace(/\//g, "~1") +
                        "/tag",
                      schemaPath: "metric-result.schema.json/properties/tag/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                    };
                    if (vErrors === null) {
                      vErrors = [err60];
                    } else {
                      vErrors.push(err60);
                    }
                    errors++;
                  }
                }
                if (data53.unit !== undefined) {
                  if (typeof data53.unit !== "string") {
                    const err61 = {
                      instancePath:
                        instancePath +
                        "/steady_state/metrics/" +
                        key4.replace(/~/g, "~0").replace(/\//g, "~1") +
                        "/unit",
                      schemaPath: "metric-result.schema.json/properties/unit/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                    };
                    if (vErrors === null) {
                      vErrors = [err61];
                    } else {
                      vErrors.push(err61);
                    }
                    errors++;
                  }
                }
                if (data53.header !== undefined) {
                  if (typeof data53.header !== "string") {
                    const err62 = {
                      instancePath:
                        instancePath +
                        "/steady_state/metrics/" +
                        key4.replace(/~/g, "~0").replace(/\//g, "~1") +
                        "/header",
                      schemaPath: "metric-result.schema.json/properties/header/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                    };
                    if (vErrors === null) {
                      vErrors = [err62];
                    } else {
                      vErrors.push(err62);
                    }
                    errors++;
                  }
                }
                if (data53.avg !== undefined) {
                  let data57 = data53.avg;
                  if (!(typeof data57 == "number" && isFinite(data57)) && data57 !== null) {
                    const err63 = {
                      instancePath:
                        instancePath +
                        "/steady_state/metrics/" +
                        key4.replace(/~/g, "~0").replace(/\//g, "~1") +
                        "/avg",
                      schemaPath: "metric-result.schema.json/properties/avg/type",
                      keyword: "type",
                      params: { type: schema39.properties.avg.type },
                      message: "must be number,null",
                    };
                    if (vErrors === null) {
                      vErrors = [err63];
                    } else {
                      vErrors.push(err63);
                    }
                    errors++;
                  }
                }
                if (data53.min !== undefined) {
                  let data58 = data53.min;
                  if (!(typeof data58 == "number" && isFinite(data58)) && data58 !== null) {
                    const err64 = {
                      instancePath:
                        instancePath +
                        "/steady_state/metrics/" +
                        key4.replace(/~/g, "~0").replace(/\//g, "~1") +
                        "/min",
                      schemaPath: "metric-result.schema.json/properties/min/type",
                      keyword: "type",
                      params: { type: schema39.properties.min.type },
                      message: "must be number,null",
                    };
                    if (vErrors === null) {
                      vErrors = [err64];
                    } else {
                      vErrors.push(err64);
                    }
                    errors++;
                  }
                }
                if (data53.max !== undefined) {
                  let data59 = data53.max;
                  if (!(typeof data59 == "number" && isFinite(data59)) && data59 !== null) {
                    const err65 = {
                      instancePath:
                        instancePath +
                        "/steady_state/metrics/" +
                        key4.replace(/~/g, "~0").replace(/\//g, "~1") +
                        "/max",
                      schemaPath: "metric-result.schema.json/properties/max/type",
                      keyword: "type",
                      params: { type: schema39.properties.max.type },
                      message: "must be number,null",
                    };
                    if (vErrors === null) {
                      vErrors = [err65];
                    } else {
                      vErrors.push(err65);
                    }
                    errors++;
                  }
                }
                if (data53.sum !== undefined) {
                  let data60 = data53.sum;
                  if (!(typeof data60 == "number" && isFinite(data60)) && data60 !== null) {
                    const err66 = {
                      instancePath:
                        instancePath +
                        "/steady_state/metrics/" +
                        key4.replace(/~/g, "~0").replace(/\//g, "~1") +
                        "/sum",
                      schemaPath: "metric-result.schema.json/properties/sum/type",
                      keyword: "type",
                      params: { type: schema39.properties.sum.type },
                      message: "must be number,null",
                    };
                    if (vErrors === null) {
                      vErrors = [err66];
                    } else {
                      vErrors.push(err66);
                    }
                    errors++;
                  }
                }
                if (data53.p1 !== undefined) {
                  let data61 = data53.p1;
                  if (!(typeof data61 == "number" && isFinite(data61)) && data61 !== null) {
                    const err67 = {
                      instancePath:
                        instancePath +
                        "/steady_state/metrics/" +
                        key4.replace(/~/g, "~0").replace(/\//g, "~1") +
                        "/p1",
                      schemaPath: "metric-result.schema.json/properties/p1/type",
                      keyword: "type",
                      params: { type: schema39.properties.p1.type },
                      message: "must be number,null",
                    };
                    if (vErrors === null) {
                      vErrors = [err67];
                    } else {
                      vErrors.push(err67);
                    }
                    errors++;
                  }
                }
                if (data53.p5 !== undefined) {
                  let data62 = data53.p5;
                  if (!(typeof data62 == "number" && isFinite(data62)) && data62 !== null) {
                    const err68 = {
                      instancePath:
                        instancePath +
                        "/steady_state/metrics/" +
                        key4.replace(/~/g, "~0").replace(/\//g, "~1") +
                        "/p5",
                      schemaPath: "metric-result.schema.json/properties/p5/type",
                      keyword: "type",
                      params: { type: schema39.properties.p5.type },
                      message: "must be number,null",
                    };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                }
                if (data53.p10 !== undefined) {
                  let data63 = data53.p10;
                  if (!(typeof data63 == "number" && isFinite(data63)) && data63 !== null) {
                    const err69 = {
                      instancePath:
                        instancePath +
                        "/steady_state/metrics/" +
                        key4.replace(/~/g, "~0").replace(/\//g, "~1") +
                        "/p10",
                      schemaPath: "metric-result.schema.json/properties/p10/type",
                      keyword: "type",
                      params: { type: schema39.properties.p10.type },
                      message: "must be number,null",
                    };
                    if (vErrors === null) {
                      vErrors = [err69];
                    } else {
                      vErrors.push(err69);
                    }
                    errors++;
                  }
                }
                if (data53.p25 !== undefined) {
                  let data64 = data53.p25;
                  if (!(typeof data64 == "number" && isFinite(data64)) && data64 !== null) {
                    const err70 = {
                      instancePath:
                        instancePath +
                        "/steady_state/metrics/" +
                        key4.replace(/~/g, "~0").replace(/\//g, "~1") +
                        "/p25",
                      schemaPath: "metric-result.schema.json/properties/p25/type",
                      keyword: "type",
                      params: { type: schema39.properties.p25.type },
                      message: "must be number,null",
                    };
                    if (vErrors === null) {
                      vErrors = [err70];
                    } else {
                      vErrors.push(err70);
                    }
                    errors++;
                  }
                }
                if (data53.p50 !== undefined) {
                  let data65 = data53.p50;
                  if (!(typeof data65 == "number" && isFinite(data65)) && data65 !== null) {
                    const err71 = {
                      instancePath:
                        instancePath +
                        "/steady_state/metrics/" +
                        key4.replace(/~/g, "~0").replace(/\//g, "~1") +
                        "/p50",
                      schemaPath: "metric-result.schema.json/properties/p50/type",
                      keyword: "type",
                      params: { type: schema39.properties.p50.type },
                      message: "must be number,null",
                    };
                    if (vErrors === null) {
                      vErrors = [err71];
                    } else {
                      vErrors.push(err71);
                    }
                    errors++;
                  }
                }
                if (data53.p75 !== undefined) {
                  let data66 = data53.p75;
                  if (!(typeof data66 == "number" && isFinite(data66)) && data66 !== null) {
                    const err72 = {
                      instancePath:
                        instancePath +
                        "/steady_state/metrics/" +
                        key4.replace(/~/g, "~0").replace(/\//g, "~1") +
                        "/p75",
                      schemaPath: "metric-result.schema.json/properties/p75/type",
                      keyword: "type",
                      params: { type: schema39.properties.p75.type },
                      message: "must be number,null",
                    };
                    if (vErrors === null) {
                      vErrors = [err72];
                    } else {
                      vErrors.push(err72);
                    }
                    errors++;
                  }
                }
                if (data53.p90 !== undefined) {
                  let data67 = data53.p90;
                  if (!(typeof data67 == "number" && isFinite(data67)) && data67 !== null) {
                    const err73 = {
                      instancePath:
                        instancePath +
                        "/steady_state/metrics/" +
                        key4.replace(/~/g, "~0").replace(/\//g, "~1") +
                        "/p90",
                      schemaPath: "metric-result.schema.json/properties/p90/type",
                      keyword: "type",
                      params: { type: schema39.properties.p90.type },
                      message: "must be number,null",
                    };
                    if (vErrors === null) {
                      vErrors = [err73];
                    } else {
                      vErrors.push(err73);
                    }
                    errors++;
                  }
                }
                if (data53.p95 !== undefined) {
                  let data68 = data53.p95;
                  if (!(typeof data68 == "number" && isFinite(data68)) && data68 !== null) {
                    const err74 = {
                      instancePath:
                        instancePath +
                        "/steady_state/metrics/" +
                        key4.replace(/~/g, "~0").replace(/\//g, "~1") +
                        "/p95",
                      schemaPath: "metric-result.schema.json/properties/p95/type",
                      keyword: "type",
                      params: { type: schema39.properties.p95.type },
                      message: "must be number,null",
                    };
                    if (vErrors === null) {
                      vErrors = [err74];
                    } else {
                      vErrors.push(err74);
                    }
                    errors++;
                  }
                }
                if (data53.p99 !== undefined) {
                  let data69 = data53.p99;
                  if (!(typeof data69 == "number" && isFinite(data69)) && data69 !== null) {
                    const err75 = {
                      instancePath:
                        instancePath +
                        "/steady_state/metrics/" +
                        key4.replace(/~/g, "~0").replace(/\//g, "~1") +
                        "/p99",
                      schemaPath: "metric-result.schema.json/properties/p99/type",
                      keyword: "type",
                      params: { type: schema39.properties.p99.type },
                      message: "must be number,null",
                    };
                    if (vErrors === null) {
                      vErrors = [err75];
                    } else {
                      vErrors.push(err75);
                    }
                    errors++;
                  }
                }
                if (data53.std !== undefined) {
                  let data70 = data53.std;
                  if (!(typeof data70 == "number" && isFinite(data70)) && data70 !== null) {
                    const err76 = {
                      instancePath:
                        instancePath +
                        "/steady_state/metrics/" +
                        key4.replace(/~/g, "~0").replace(/\//g, "~1") +
                        "/std",
                      schemaPath: "metric-result.schema.json/properties/std/type",
                      keyword: "type",
                      params: { type: schema39.properties.std.type },
                      message: "must be number,null",
                    };
                    if (vErrors === null) {
                      vErrors = [err76];
                    } else {
                      vErrors.push(err76);
                    }
                    errors++;
                  }
                }
                if (data53.count !== undefined) {
                  let data71 = data53.count;
                  if (
                    !(
                      typeof data71 == "number" &&
                      !(data71 % 1) &&
                      !isNaN(data71) &&
                      isFinite(data71)
                    ) &&
                    data71 !== null
                  ) {
                    const err77 = {
                      instancePath:
                        instancePath +
                        "/steady_state/metrics/" +
                        key4.replace(/~/g, "~0").replace(/\//g, "~1") +
                        "/count",
                      schemaPath: "metric-result.schema.json/properties/count/type",
                      keyword: "type",
                      params: { type: schema39.properties.count.type },
                      message: "must be integer,null",
                    };
                    if (vErrors === null) {
                      vErrors = [err77];
                    } else {
                      vErrors.push(err77);
                    }
                    errors++;
                  }
                }
                for (const key5 in data53) {
                  if (pattern1.test(key5)) {
                    let data72 = data53[key5];
                    if (!(typeof data72 == "number" && isFinite(data72)) && data72 !== null) {
                      const err78 = {
                        instancePath:
                          instancePath +
                          "/steady_state/metrics/" +
                          key4.replace(/~/g, "~0").replace(/\//g, "~1") +
                          "/" +
                          key5.replace(/~/g, "~0").replace(/\//g, "~1"),
                        schemaPath:
                          "metric-result.schema.json/patternProperties/%5Ep%5Cd%2B%5C.%5Cd%2B%24/type",
                        keyword: "type",
                        params: { type: schema39.patternProperties["^p\\d+\\.\\d+$"].type },
                        message: "must be number,null",
                      };
                      if (vErrors === null) {
                        vErrors = [err78];
                      } else {
                        vErrors.push(err78);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err79 = {
                  instancePath:
                    instancePath +
                    "/steady_state/metrics/" +
                    key4.replace(/~/g, "~0").replace(/\//g, "~1"),
                  schemaPath: "metric-result.schema.json/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object",
                };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
            }
          } else {
            const err80 = {
              instancePath: instancePath + "/steady_state/metrics",
              schemaPath: "#/allOf/1/properties/steady_state/properties/metrics/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
            };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
      }
    }
    if (data.pooled_spec_decode_acceptance_histogram !== undefined) {
      let data73 = data.pooled_spec_decode_acceptance_histogram;
      if (!(data73 && typeof data73 == "object" && !Array.isArray(data73)) && data73 !== null) {
        const err81 = {
          instancePath: instancePath + "/pooled_spec_decode_acceptance_histogram",
          schemaPath: "#/allOf/1/properties/pooled_spec_decode_acceptance_histogram/type",
          keyword: "type",
          params: {
            type: schema51.allOf[1].properties.pooled_spec_decode_acceptance_histogram.type,
          },
          message: "must be object,null",
        };
        if (vErrors === null) {
          vErrors = [err81];
        } else {
          vErrors.push(err81);
        }
        errors++;
      }
    }
  } else {
    const err82 = {
      instancePath,
      schemaPath: "#/allOf/1/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err82];
    } else {
      vErrors.push(err82);
    }
    errors++;
  }
  const _errs165 = errors;
  let valid18 = true;
  const _errs166 = errors;
  if (errors === _errs166) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.schema_version === undefined && (missing0 = "schema_version")) {
        const err83 = {};
        if (vErrors === null) {
          vErrors = [err83];
        } else {
          vErrors.push(err83);
        }
        errors++;
      } else {
        if (data.schema_version !== undefined) {
          if ("1.5" !== data.schema_version) {
            const err84 = {};
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        }
      }
    } else {
      const err85 = {};
      if (vErrors === null) {
        vErrors = [err85];
      } else {
        vErrors.push(err85);
      }
      errors++;
    }
  }
  var _valid1 = _errs166 === errors;
  errors = _errs165;
  if (vErrors !== null) {
    if (_errs165) {
      vErrors.length = _errs165;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs169 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.telemetry_data !== undefined) {
        if (
          !validate55(data.telemetry_data, {
            instancePath: instancePath + "/telemetry_data",
            parentData: data,
            parentDataProperty: "telemetry_data",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
          errors = vErrors.length;
        }
      }
    } else {
      const err86 = {
        instancePath,
        schemaPath: "#/allOf/2/then/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
      };
      if (vErrors === null) {
        vErrors = [err86];
      } else {
        vErrors.push(err86);
      }
      errors++;
    }
    var _valid1 = _errs169 === errors;
    valid18 = _valid1;
  }
  if (!valid18) {
    const err87 = {
      instancePath,
      schemaPath: "#/allOf/2/if",
      keyword: "if",
      params: { failingKeyword: "then" },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err87];
    } else {
      vErrors.push(err87);
    }
    errors++;
  }
  validate49.errors = vErrors;
  return errors === 0;
}
function validate48(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://aiperf-ts.github.io/schemas/summary-file-versioned.schema.json" */ let vErrors =
    null;
  let errors = 0;
  if (!validate49(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schema_version === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/allOf/1/required",
        keyword: "required",
        params: { missingProperty: "schema_version" },
        message: "must have required property '" + "schema_version" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.schema_version !== undefined) {
      if (typeof data.schema_version !== "string") {
        const err1 = {
          instancePath: instancePath + "/schema_version",
          schemaPath: "#/allOf/1/properties/schema_version/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: "#/allOf/1/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate48.errors = vErrors;
  return errors === 0;
}
function validate42(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://aiperf-ts.github.io/schemas/summary-file.schema.json" */ let vErrors =
    null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data))) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.records === undefined && (missing0 = "records")) {
      const err1 = {};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs3 = errors;
    if (!validate43(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    ifClause0 = "then";
  } else {
    const _errs4 = errors;
    const _errs5 = errors;
    let valid1 = true;
    const _errs6 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing1;
      if (data.schema_version === undefined && (missing1 = "schema_version")) {
        const err2 = {};
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    var _valid1 = _errs6 === errors;
    errors = _errs5;
    if (vErrors !== null) {
      if (_errs5) {
        vErrors.length = _errs5;
      } else {
        vErrors = null;
      }
    }
    let ifClause1;
    if (_valid1) {
      const _errs7 = errors;
      if (!validate48(data, { instancePath, parentData, parentDataProperty, rootData })) {
        vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
        errors = vErrors.length;
      }
      var _valid1 = _errs7 === errors;
      valid1 = _valid1;
      ifClause1 = "then";
    } else {
      const _errs8 = errors;
      if (!validate49(data, { instancePath, parentData, parentDataProperty, rootData })) {
        vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
        errors = vErrors.length;
      }
      var _valid1 = _errs8 === errors;
      valid1 = _valid1;
      ifClause1 = "else";
    }
    if (!valid1) {
      const err3 = {
        instancePath,
        schemaPath: "#/else/if",
        keyword: "if",
        params: { failingKeyword: ifClause1 },
        message: 'must match "' + ifClause1 + '" schema',
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
  }
  if (!valid0) {
    const err4 = {
      instancePath,
      schemaPath: "#/if",
      keyword: "if",
      params: { failingKeyword: ifClause0 },
      message: 'must match "' + ifClause0 + '" schema',
    };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate42.errors = vErrors;
  return errors === 0;
}
export const TelemetryData = validate51;
export const TimeslicesCsvRow = validate63;
const schema60 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://aiperf-ts.github.io/schemas/timeslices-csv-row.schema.json",
  type: "object",
  required: ["Timeslice", "Metric", "Unit", "Stat", "Value"],
  additionalProperties: false,
  properties: {
    Timeslice: { type: "string", pattern: "^\\d+$" },
    Start_NS: { type: "string", pattern: "^\\d+$" },
    End_NS: { type: "string", pattern: "^\\d+$" },
    Metric: { type: "string", minLength: 1 },
    Unit: { type: "string" },
    Stat: { type: "string", pattern: "^(avg|min|max|sum|std|p\\d+(\\.\\d+)?)$" },
    Value: { type: "string", pattern: "^-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?$" },
  },
};
const pattern30 = new RegExp("^\\d+$", "u");
const pattern33 = new RegExp("^(avg|min|max|sum|std|p\\d+(\\.\\d+)?)$", "u");
const pattern34 = new RegExp("^-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?$", "u");
function validate63(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://aiperf-ts.github.io/schemas/timeslices-csv-row.schema.json" */ let vErrors =
    null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Timeslice === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "Timeslice" },
        message: "must have required property '" + "Timeslice" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.Metric === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "Metric" },
        message: "must have required property '" + "Metric" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.Unit === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "Unit" },
        message: "must have required property '" + "Unit" + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.Stat === undefined) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "Stat" },
        message: "must have required property '" + "Stat" + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.Value === undefined) {
      const err4 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "Value" },
        message: "must have required property '" + "Value" + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === "Timeslice" ||
        key0 === "Start_NS" ||
        key0 === "End_NS" ||
        key0 === "Metric" ||
        key0 === "Unit" ||
        key0 === "Stat" ||
        key0 === "Value"
      )) {
        const err5 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.Timeslice !== undefined) {
      let data0 = data.Timeslice;
      if (typeof data0 === "string") {
        if (!pattern30.test(data0)) {
          const err6 = {
            instancePath: instancePath + "/Timeslice",
            schemaPath: "#/properties/Timeslice/pattern",
            keyword: "pattern",
            params: { pattern: "^\\d+$" },
            message: 'must match pattern "' + "^\\d+$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = {
          instancePath: instancePath + "/Timeslice",
          schemaPath: "#/properties/Timeslice/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.Start_NS !== undefined) {
      let data1 = data.Start_NS;
      if (typeof data1 === "string") {
        if (!pattern30.test(data1)) {
          const err8 = {
            instancePath: instancePath + "/Start_NS",
            schemaPath: "#/properties/Start_NS/pattern",
            keyword: "pattern",
            params: { pattern: "^\\d+$" },
            message: 'must match pattern "' + "^\\d+$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + "/Start_NS",
          schemaPath: "#/properties/Start_NS/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.End_NS !== undefined) {
      let data2 = data.End_NS;
      if (typeof data2 === "string") {
        if (!pattern30.test(data2)) {
          const err10 = {
            instancePath: instancePath + "/End_NS",
            schemaPath: "#/properties/End_NS/pattern",
            keyword: "pattern",
            params: { pattern: "^\\d+$" },
            message: 'must match pattern "' + "^\\d+$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = {
          instancePath: instancePath + "/End_NS",
          schemaPath: "#/properties/End_NS/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.Metric !== undefined) {
      let data3 = data.Metric;
      if (typeof data3 === "string") {
        if (func7(data3) < 1) {
          const err12 = {
            instancePath: instancePath + "/Metric",
            schemaPath: "#/properties/Metric/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = {
          instancePath: instancePath + "/Metric",
          schemaPath: "#/properties/Metric/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.Unit !== undefined) {
      if (typeof data.Unit !== "string") {
        const err14 = {
          instancePath: instancePath + "/Unit",
          schemaPath: "#/properties/Unit/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.Stat !== undefined) {
      let data5 = data.Stat;
      if (typeof data5 === "string") {
        if (!pattern33.test(data5)) {
          const err15 = {
            instancePath: instancePath + "/Stat",
            schemaPath: "#/properties/Stat/pattern",
            keyword: "pattern",
            params: { pattern: "^(avg|min|max|sum|std|p\\d+(\\.\\d+)?)$" },
            message: 'must match pattern "' + "^(avg|min|max|sum|std|p\\d+(\\.\\d+)?)$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = {
          instancePath: instancePath + "/Stat",
          schemaPath: "#/properties/Stat/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.Value !== undefined) {
      let data6 = data.Value;
      if (typeof data6 === "string") {
        if (!pattern34.test(data6)) {
          const err17 = {
            instancePath: instancePath + "/Value",
            schemaPath: "#/properties/Value/pattern",
            keyword: "pattern",
            params: { pattern: "^-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?$" },
            message: 'must match pattern "' + "^-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = {
          instancePath: instancePath + "/Value",
          schemaPath: "#/properties/Value/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
  } else {
    const err19 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate63.errors = vErrors;
  return errors === 0;
}
export const TimeslicesFile = validate64;
const schema61 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://aiperf-ts.github.io/schemas/timeslices-file.schema.json",
  type: "object",
  required: ["timeslices"],
  properties: {
    timeslices: { type: "array", items: { $ref: "#/definitions/timeslice" } },
    input_config: { type: ["object", "null"] },
  },
  definitions: {
    timeslice: {
      type: "object",
      anyOf: [{ required: ["start_ns", "end_ns"] }, { required: ["timeslice_index"] }],
      properties: {
        start_ns: { type: "integer", minimum: 0, tsType: "number | bigint" },
        end_ns: { type: "integer", minimum: 0, tsType: "number | bigint" },
        is_complete: { type: "boolean" },
        timeslice_index: { type: "integer", minimum: 0 },
      },
      additionalProperties: { $ref: "metric-result.schema.json" },
    },
  },
};
const schema62 = {
  type: "object",
  anyOf: [{ required: ["start_ns", "end_ns"] }, { required: ["timeslice_index"] }],
  properties: {
    start_ns: { type: "integer", minimum: 0, tsType: "number | bigint" },
    end_ns: { type: "integer", minimum: 0, tsType: "number | bigint" },
    is_complete: { type: "boolean" },
    timeslice_index: { type: "integer", minimum: 0 },
  },
  additionalProperties: { $ref: "metric-result.schema.json" },
};
function validate65(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  let valid0 = false;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.start_ns === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/anyOf/0/required",
        keyword: "required",
        params: { missingProperty: "start_ns" },
        message: "must have required property '" + "start_ns" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.end_ns === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/anyOf/0/required",
        keyword: "required",
        params: { missingProperty: "end_ns" },
        message: "must have required property '" + "end_ns" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.timeslice_index === undefined) {
        const err2 = {
          instancePath,
          schemaPath: "#/anyOf/1/required",
          keyword: "required",
          params: { missingProperty: "timeslice_index" },
          message: "must have required property '" + "timeslice_index" + "'",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    var _valid0 = _errs3 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    const err3 = {
      instancePath,
      schemaPath: "#/anyOf",
      keyword: "anyOf",
      params: {},
      message: "must match a schema in anyOf",
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(
        key0 === "start_ns" ||
        key0 === "end_ns" ||
        key0 === "is_complete" ||
        key0 === "timeslice_index"
      )) {
        let data0 = data[key0];
        if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
          if (data0.unit === undefined) {
            const err4 = {
              instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "metric-result.schema.json/required",
              keyword: "required",
              params: { missingProperty: "unit" },
              message: "must have required property '" + "unit" + "'",
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
          if (data0.avg === undefined) {
            const err5 = {
              instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "metric-result.schema.json/required",
              keyword: "required",
              params: { missingProperty: "avg" },
              message: "must have required property '" + "avg" + "'",
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
          if (data0.tag !== undefined) {
            if (typeof data0.tag !== "string") {
              const err6 = {
                instancePath:
                  instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/tag",
                schemaPath: "metric-result.schema.json/properties/tag/type",
                keyword: "type",
                params: { type: "string" },
                message: "must be string",
              };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          }
          if (data0.unit !== undefined) {
            if (typeof data0.unit !== "string") {
              const err7 = {
                instancePath:
                  instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/unit",
                schemaPath: "metric-result.schema.json/properties/unit/type",
                keyword: "type",
                params: { type: "string" },
                message: "must be string",
              };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          }
          if (data0.header !== undefined) {
            if (typeof data0.header !== "string") {
              const err8 = {
                instancePath:
                  instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/header",
                schemaPath: "metric-result.schema.json/properties/header/type",
                keyword: "type",
                params: { type: "string" },
                message: "must be string",
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          }
          if (data0.avg !== undefined) {
            let data4 = data0.avg;
            if (!(typeof data4 == "number" && isFinite(data4)) && data4 !== null) {
              const err9 = {
                instancePath:
                  instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/avg",
                schemaPath: "metric-result.schema.json/properties/avg/type",
                keyword: "type",
                params: { type: schema39.properties.avg.type },
                message: "must be number,null",
              };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          }
          if (data0.min !== undefined) {
            let data5 = data0.min;
            if (!(typeof data5 == "number" && isFinite(data5)) && data5 !== null) {
              const err10 = {
                instancePath:
                  instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/min",
                schemaPath: "metric-result.schema.json/properties/min/type",
                keyword: "type",
                params: { type: schema39.properties.min.type },
                message: "must be number,null",
              };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          }
          if (data0.max !== undefined) {
            let data6 = data0.max;
            if (!(typeof data6 == "number" && isFinite(data6)) && data6 !== null) {
              const err11 = {
                instancePath:
                  instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/max",
                schemaPath: "metric-result.schema.json/properties/max/type",
                keyword: "type",
                params: { type: schema39.properties.max.type },
                message: "must be number,null",
              };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
          if (data0.sum !== undefined) {
            let data7 = data0.sum;
            if (!(typeof data7 == "number" && isFinite(data7)) && data7 !== null) {
              const err12 = {
                instancePath:
                  instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/sum",
                schemaPath: "metric-result.schema.json/properties/sum/type",
                keyword: "type",
                params: { type: schema39.properties.sum.type },
                message: "must be number,null",
              };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          }
          if (data0.p1 !== undefined) {
            let data8 = data0.p1;
            if (!(typeof data8 == "number" && isFinite(data8)) && data8 !== null) {
              const err13 = {
                instancePath:
                  instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/p1",
                schemaPath: "metric-result.schema.json/properties/p1/type",
                keyword: "type",
                params: { type: schema39.properties.p1.type },
                message: "must be number,null",
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          }
          if (data0.p5 !== undefined) {
            let data9 = data0.p5;
            if (!(typeof data9 == "number" && isFinite(data9)) && data9 !== null) {
              const err14 = {
                instancePath:
                  instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/p5",
                schemaPath: "metric-result.schema.json/properties/p5/type",
                keyword: "type",
                params: { type: schema39.properties.p5.type },
                message: "must be number,null",
              };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          }
          if (data0.p10 !== undefined) {
            let data10 = data0.p10;
            if (!(typeof data10 == "number" && isFinite(data10)) && data10 !== null) {
              const err15 = {
                instancePath:
                  instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/p10",
                schemaPath: "metric-result.schema.json/properties/p10/type",
                keyword: "type",
                params: { type: schema39.properties.p10.type },
                message: "must be number,null",
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          }
          if (data0.p25 !== undefined) {
            let data11 = data0.p25;
            if (!(typeof data11 == "number" && isFinite(data11)) && data11 !== null) {
              const err16 = {
                instancePath:
                  instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/p25",
                schemaPath: "metric-result.schema.json/properties/p25/type",
                keyword: "type",
                params: { type: schema39.properties.p25.type },
                message: "must be number,null",
              };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          }
          if (data0.p50 !== undefined) {
            let data12 = data0.p50;
            if (!(typeof data12 == "number" && isFinite(data12)) && data12 !== null) {
              const err17 = {
                instancePath:
                  instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/p50",
                schemaPath: "metric-result.schema.json/properties/p50/type",
                keyword: "type",
                params: { type: schema39.properties.p50.type },
                message: "must be number,null",
              };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          }
          if (data0.p75 !== undefined) {
            let data13 = data0.p75;
            if (!(typeof data13 == "number" && isFinite(data13)) && data13 !== null) {
              const err18 = {
                instancePath:
                  instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/p75",
                schemaPath: "metric-result.schema.json/properties/p75/type",
                keyword: "type",
                params: { type: schema39.properties.p75.type },
                message: "must be number,null",
              };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          }
          if (data0.p90 !== undefined) {
            let data14 = data0.p90;
            if (!(typeof data14 == "number" && isFinite(data14)) && data14 !== null) {
              const err19 = {
                instancePath:
                  instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/p90",
                schemaPath: "metric-result.schema.json/properties/p90/type",
                keyword: "type",
                params: { type: schema39.properties.p90.type },
                message: "must be number,null",
              };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          }
          if (data0.p95 !== undefined) {
            let data15 = data0.p95;
            if (!(typeof data15 == "number" && isFinite(data15)) && data15 !== null) {
              const err20 = {
                instancePath:
                  instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/p95",
                schemaPath: "metric-result.schema.json/properties/p95/type",
                keyword: "type",
                params: { type: schema39.properties.p95.type },
                message: "must be number,null",
              };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
          if (data0.p99 !== undefined) {
            let data16 = data0.p99;
            if (!(typeof data16 == "number" && isFinite(data16)) && data16 !== null) {
              const err21 = {
                instancePath:
                  instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/p99",
                schemaPath: "metric-result.schema.json/properties/p99/type",
                keyword: "type",
                params: { type: schema39.properties.p99.type },
                message: "must be number,null",
              };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          }
          if (data0.std !== undefined) {
            let data17 = data0.std;
            if (!(typeof data17 == "number" && isFinite(data17)) && data17 !== null) {
              const err22 = {
                instancePath:
                  instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/std",
                schemaPath: "metric-result.schema.json/properties/std/type",
                keyword: "type",
                params: { type: schema39.properties.std.type },
                message: "must be number,null",
              };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          }
          if (data0.count !== undefined) {
            let data18 = data0.count;
            if (
              !(typeof data18 == "number" && !(data18 % 1) && !isNaN(data18) && isFinite(data18)) &&
              data18 !== null
            ) {
              const err23 = {
                instancePath:
                  instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/count",
                schemaPath: "metric-result.schema.json/properties/count/type",
                keyword: "type",
                params: { type: schema39.properties.count.type },
                message: "must be integer,null",
              };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          }
          for (const key1 in data0) {
            if (pattern1.test(key1)) {
              let data19 = data0[key1];
              if (!(typeof data19 == "number" && isFinite(data19)) && data19 !== null) {
                const err24 = {
                  instancePath:
                    instancePath +
                    "/" +
                    key0.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/" +
                    key1.replace(/~/g, "~0").replace(/\//g, "~1"),
                  schemaPath:
                    "metric-result.schema.json/patternProperties/%5Ep%5Cd%2B%5C.%5Cd%2B%24/type",
                  keyword: "type",
                  params: { type: schema39.patternProperties["^p\\d+\\.\\d+$"].type },
                  message: "must be number,null",
                };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
          }
        } else {
          const err25 = {
            instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
            schemaPath: "metric-result.schema.json/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
          };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      }
    }
    if (data.start_ns !== undefined) {
      let data20 = data.start_ns;
      if (!(typeof data20 == "number" && !(data20 % 1) && !isNaN(data20) && isFinite(data20))) {
        const err26 = {
          instancePath: instancePath + "/start_ns",
          schemaPath: "#/properties/start_ns/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      if (typeof data20 == "number" && isFinite(data20)) {
        if (data20 < 0 || isNaN(data20)) {
          const err27 = {
            instancePath: instancePath + "/start_ns",
            schemaPath: "#/properties/start_ns/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
          };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      }
    }
    if (data.end_ns !== undefined) {
      let data21 = data.end_ns;
      if (!(typeof data21 == "number" && !(data21 % 1) && !isNaN(data21) && isFinite(data21))) {
        const err28 = {
          instancePath: instancePath + "/end_ns",
          schemaPath: "#/properties/end_ns/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      if (typeof data21 == "number" && isFinite(data21)) {
        if (data21 < 0 || isNaN(data21)) {
          const err29 = {
            instancePath: instancePath + "/end_ns",
            schemaPath: "#/properties/end_ns/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
          };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      }
    }
    if (data.is_complete !== undefined) {
      if (typeof data.is_complete !== "boolean") {
        const err30 = {
          instancePath: instancePath + "/is_complete",
          schemaPath: "#/properties/is_complete/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
        };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.timeslice_index !== undefined) {
      let data23 = data.timeslice_index;
      if (!(typeof data23 == "number" && !(data23 % 1) && !isNaN(data23) && isFinite(data23))) {
        const err31 = {
          instancePath: instancePath + "/timeslice_index",
          schemaPath: "#/properties/timeslice_index/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      if (typeof data23 == "number" && isFinite(data23)) {
        if (data23 < 0 || isNaN(data23)) {
          const err32 = {
            instancePath: instancePath + "/timeslice_index",
            schemaPath: "#/properties/timeslice_index/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
          };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      }
    }
  } else {
    const err33 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err33];
    } else {
      vErrors.push(err33);
    }
    errors++;
  }
  validate65.errors = vErrors;
  return errors === 0;
}
function validate64(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://aiperf-ts.github.io/schemas/timeslices-file.schema.json" */ let vErrors =
    null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.timeslices === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "timeslices" },
        message: "must have required property '" + "timeslices" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.timeslices !== undefined) {
      let data0 = data.timeslices;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate65(data0[i0], {
              instancePath: instancePath + "/timeslices/" + i0,
              parentData: data0,
              parentDataProperty: i0,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = {
          instancePath: instancePath + "/timeslices",
          schemaPath: "#/properties/timeslices/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.input_config !== undefined) {
      let data2 = data.input_config;
      if (!(data2 && typeof data2 == "object" && !Array.isArray(data2)) && data2 !== null) {
        const err2 = {
          instancePath: instancePath + "/input_config",
          schemaPath: "#/properties/input_config/type",
          keyword: "type",
          params: { type: schema61.properties.input_config.type },
          message: "must be object,null",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate64.errors = vErrors;
  return errors === 0;
}
export const ThresholdsFile = validate67;
const schema64 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://aiperf-ts.github.io/schemas/thresholds-file.schema.json",
  type: "object",
  additionalProperties: false,
  required: ["thresholds"],
  properties: {
    $schema: { type: "string" },
    thresholds: {
      type: "object",
      minProperties: 1,
      propertyNames: { pattern: "^[A-Za-z][A-Za-z0-9_]*$" },
      additionalProperties: { type: "array", minItems: 1, items: { type: "string", minLength: 1 } },
    },
    noise: { type: "number", minimum: 0 },
    confidence: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 100 },
    seed: { type: "integer" },
  },
};
const pattern36 = new RegExp("^[A-Za-z][A-Za-z0-9_]*$", "u");
function validate67(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://aiperf-ts.github.io/schemas/thresholds-file.schema.json" */ let vErrors =
    null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.thresholds === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "thresholds" },
        message: "must have required property '" + "thresholds" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === "$schema" ||
        key0 === "thresholds" ||
        key0 === "noise" ||
        key0 === "confidence" ||
        key0 === "seed"
      )) {
        const err1 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.$schema !== undefined) {
      if (typeof data.$schema !== "string") {
        const err2 = {
          instancePath: instancePath + "/$schema",
          schemaPath: "#/properties/%24schema/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.thresholds !== undefined) {
      let data1 = data.thresholds;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (Object.keys(data1).length < 1) {
          const err3 = {
            instancePath: instancePath + "/thresholds",
            schemaPath: "#/properties/thresholds/minProperties",
            keyword: "minProperties",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 properties",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        for (const key1 in data1) {
          const _errs6 = errors;
          if (typeof key1 === "string") {
            if (!pattern36.test(key1)) {
              const err4 = {
                instancePath: instancePath + "/thresholds",
                schemaPath: "#/properties/thresholds/propertyNames/pattern",
                keyword: "pattern",
                params: { pattern: "^[A-Za-z][A-Za-z0-9_]*$" },
                message: 'must match pattern "' + "^[A-Za-z][A-Za-z0-9_]*$" + '"',
                propertyName: key1,
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          }
          var valid1 = _errs6 === errors;
          if (!valid1) {
            const err5 = {
              instancePath: instancePath + "/thresholds",
              schemaPath: "#/properties/thresholds/propertyNames",
              keyword: "propertyNames",
              params: { propertyName: key1 },
              message: "property name must be valid",
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        for (const key2 in data1) {
          let data2 = data1[key2];
          if (Array.isArray(data2)) {
            if (data2.length < 1) {
              const err6 = {
                instancePath:
                  instancePath + "/thresholds/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "#/properties/thresholds/additionalProperties/minItems",
                keyword: "minItems",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 items",
              };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            const len0 = data2.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data3 = data2[i0];
              if (typeof data3 === "string") {
                if (func7(data3) < 1) {
                  const err7 = {
                    instancePath:
                      instancePath +
                      "/thresholds/" +
                      key2.replace(/~/g, "~0").replace(/\//g, "~1") +
                      "/" +
                      i0,
                    schemaPath: "#/properties/thresholds/additionalProperties/items/minLength",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
              } else {
                const err8 = {
                  instancePath:
                    instancePath +
                    "/thresholds/" +
                    key2.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/" +
                    i0,
                  schemaPath: "#/properties/thresholds/additionalProperties/items/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
          } else {
            const err9 = {
              instancePath:
                instancePath + "/thresholds/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/properties/thresholds/additionalProperties/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array",
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = {
          instancePath: instancePath + "/thresholds",
          schemaPath: "#/properties/thresholds/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.noise !== undefined) {
      let data4 = data.noise;
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 < 0 || isNaN(data4)) {
          const err11 = {
            instancePath: instancePath + "/noise",
            schemaPath: "#/properties/noise/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = {
          instancePath: instancePath + "/noise",
          schemaPath: "#/properties/noise/type",
          keyword: "type",
          params: { type: "number" },
          message: "must be number",
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.confidence !== undefined) {
      let data5 = data.confidence;
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 >= 100 || isNaN(data5)) {
          const err13 = {
            instancePath: instancePath + "/confidence",
            schemaPath: "#/properties/confidence/exclusiveMaximum",
            keyword: "exclusiveMaximum",
            params: { comparison: "<", limit: 100 },
            message: "must be < 100",
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data5 <= 0 || isNaN(data5)) {
          const err14 = {
            instancePath: instancePath + "/confidence",
            schemaPath: "#/properties/confidence/exclusiveMinimum",
            keyword: "exclusiveMinimum",
            params: { comparison: ">", limit: 0 },
            message: "must be > 0",
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = {
          instancePath: instancePath + "/confidence",
          schemaPath: "#/properties/confidence/type",
          keyword: "type",
          params: { type: "number" },
          message: "must be number",
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.seed !== undefined) {
      let data6 = data.seed;
      if (!(typeof data6 == "number" && !(data6 % 1) && !isNaN(data6) && isFinite(data6))) {
        const err16 = {
          instancePath: instancePath + "/seed",
          schemaPath: "#/properties/seed/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
  } else {
    const err17 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate67.errors = vErrors;
  return errors === 0;
}
