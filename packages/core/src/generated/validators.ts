// GENERATED FILE - DO NOT EDIT.
// Source: schemas/ (repository root); generator: packages/core/scripts/codegen.mjs.
// To update: run `npm run codegen`.
// @ts-nocheck
/* eslint-disable */
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
("use strict");
export const ErrorDetails = validate10;
const schema11 = {
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
function validate10(
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
          params: { type: schema11.properties.code.type },
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
          params: { type: schema11.properties.type.type },
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
          params: { type: schema11.properties.cause.type },
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
          params: { type: schema11.properties.cause_chain.type },
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
  validate10.errors = vErrors;
  return errors === 0;
}
export const ErrorDetailsCount = validate11;
const schema12 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://aiperf-ts.github.io/schemas/error-details-count.schema.json",
  type: "object",
  required: ["error_details", "count"],
  properties: {
    error_details: { $ref: "error-details.schema.json" },
    count: { type: "integer", minimum: 0 },
  },
};
function validate11(
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
              params: { type: schema11.properties.code.type },
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
              params: { type: schema11.properties.type.type },
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
              params: { type: schema11.properties.cause.type },
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
              params: { type: schema11.properties.cause_chain.type },
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
  validate11.errors = vErrors;
  return errors === 0;
}
export const MetricDefinition = validate12;
const schema14 = {
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
const schema17 = { enum: ["R", "O", "L"] };
const func2 = Object.prototype.hasOwnProperty;
const func3 = require("ajv/dist/runtime/ucs2length").default;
const func0 = require("ajv/dist/runtime/equal").default;
const pattern0 = new RegExp("^[a-z][a-z0-9_]*$", "u");
const schema15 = { type: "array", uniqueItems: true, items: { $ref: "#/definitions/flagName" } };
const schema16 = {
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
function validate13(
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
          params: { allowedValues: schema16.enum },
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
  validate13.errors = vErrors;
  return errors === 0;
}
function validate12(
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
      if (!func2.call(schema14.properties, key0)) {
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
        if (func3(data1) < 1) {
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
          params: { type: schema14.properties.shortHeader.type },
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
        if (func3(data4) < 1) {
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
          params: { type: schema14.properties.displayUnit.type },
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
          params: { allowedValues: schema14.properties.kind.enum },
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
          params: { allowedValues: schema14.properties.valueType.enum },
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
          params: { allowedValues: schema14.properties.numberType.enum },
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
          params: { allowedValues: schema14.properties.direction.enum },
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
        !validate13(data.flags, {
          instancePath: instancePath + "/flags",
          parentData: data,
          parentDataProperty: "flags",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
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
            !validate13(data11.R, {
              instancePath: instancePath + "/flagsByFormat/R",
              parentData: data11,
              parentDataProperty: "R",
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
            errors = vErrors.length;
          }
        }
        if (data11.O !== undefined) {
          if (
            !validate13(data11.O, {
              instancePath: instancePath + "/flagsByFormat/O",
              parentData: data11,
              parentDataProperty: "O",
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
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
          params: { type: schema14.properties.displayOrder.type },
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
              params: { type: schema14.properties.displayOrderByFormat.properties.R.type },
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
              params: { allowedValues: schema17.enum },
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
        if (func3(data21) < 1) {
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
  validate12.errors = vErrors;
  return errors === 0;
}
export const MetricRecordInfo = validate17;
const schema18 = {
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
const schema22 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://aiperf-ts.github.io/schemas/metric-value.schema.json",
  type: "object",
  required: ["value", "unit"],
  properties: {
    value: { type: ["number", "array"], items: { type: "number" } },
    unit: { type: "string" },
  },
};
const schema19 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://aiperf-ts.github.io/schemas/metric-record-metadata.schema.json",
  tsType: "MetricRecordMetadataRun1 | MetricRecordMetadataSession",
  type: "object",
  if: { anyOf: [{ required: ["timestamp_ns"] }, { required: ["credit_phase"] }] },
  then: { $ref: "metric-record-metadata-run1.schema.json" },
  else: { $ref: "metric-record-metadata-session.schema.json" },
};
const schema20 = {
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
const schema21 = {
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
    request_num: { type: ["integer", "null"] },
    session_num: { type: "integer" },
    x_request_id: { type: ["string", "null"] },
    x_correlation_id: { type: ["string", "null"] },
    conversation_id: { type: ["string", "null"] },
    turn_index: { type: ["integer", "null"] },
    credit_issued_ns: { type: ["integer", "null"] },
    credit_received_ns: { type: ["integer", "null"] },
    request_start_ns: { type: "integer" },
    request_ack_ns: { type: ["integer", "null"] },
    request_end_ns: { type: "integer" },
    worker_id: { type: "string" },
    record_processor_id: { type: "string" },
    benchmark_phase: { type: "string" },
    was_cancelled: { type: "boolean" },
    cancellation_time_ns: { type: ["integer", "null"] },
    clock_offset_ns: { type: ["integer", "null"] },
  },
};
function validate18(
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
            params: { type: schema20.properties.x_request_id.type },
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
            params: { type: schema20.properties.x_correlation_id.type },
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
            params: { type: schema20.properties.conversation_id.type },
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
            params: { type: schema20.properties.turn_index.type },
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
            params: { allowedValues: schema20.properties.credit_phase.enum },
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
      if (data.request_num !== undefined) {
        let data8 = data.request_num;
        if (
          !(typeof data8 == "number" && !(data8 % 1) && !isNaN(data8) && isFinite(data8)) &&
          data8 !== null
        ) {
          const err22 = {
            instancePath: instancePath + "/request_num",
            schemaPath: "metric-record-metadata-session.schema.json/properties/request_num/type",
            keyword: "type",
            params: { type: schema21.properties.request_num.type },
            message: "must be integer,null",
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      }
      if (data.session_num !== undefined) {
        let data9 = data.session_num;
        if (!(typeof data9 == "number" && !(data9 % 1) && !isNaN(data9) && isFinite(data9))) {
          const err23 = {
            instancePath: instancePath + "/session_num",
            schemaPath: "metric-record-metadata-session.schema.json/properties/session_num/type",
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
      if (data.x_request_id !== undefined) {
        let data10 = data.x_request_id;
        if (typeof data10 !== "string" && data10 !== null) {
          const err24 = {
            instancePath: instancePath + "/x_request_id",
            schemaPath: "metric-record-metadata-session.schema.json/properties/x_request_id/type",
            keyword: "type",
            params: { type: schema21.properties.x_request_id.type },
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
            params: { type: schema21.properties.x_correlation_id.type },
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
      if (data.conversation_id !== undefined) {
        let data12 = data.conversation_id;
        if (typeof data12 !== "string" && data12 !== null) {
          const err26 = {
            instancePath: instancePath + "/conversation_id",
            schemaPath:
              "metric-record-metadata-session.schema.json/properties/conversation_id/type",
            keyword: "type",
            params: { type: schema21.properties.conversation_id.type },
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
      if (data.turn_index !== undefined) {
        let data13 = data.turn_index;
        if (
          !(typeof data13 == "number" && !(data13 % 1) && !isNaN(data13) && isFinite(data13)) &&
          data13 !== null
        ) {
          const err27 = {
            instancePath: instancePath + "/turn_index",
            schemaPath: "metric-record-metadata-session.schema.json/properties/turn_index/type",
            keyword: "type",
            params: { type: schema21.properties.turn_index.type },
            message: "must be integer,null",
          };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      }
      if (data.credit_issued_ns !== undefined) {
        let data14 = data.credit_issued_ns;
        if (
          !(typeof data14 == "number" && !(data14 % 1) && !isNaN(data14) && isFinite(data14)) &&
          data14 !== null
        ) {
          const err28 = {
            instancePath: instancePath + "/credit_issued_ns",
            schemaPath:
              "metric-record-metadata-session.schema.json/properties/credit_issued_ns/type",
            keyword: "type",
            params: { type: schema21.properties.credit_issued_ns.type },
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
      if (data.credit_received_ns !== undefined) {
        let data15 = data.credit_received_ns;
        if (
          !(typeof data15 == "number" && !(data15 % 1) && !isNaN(data15) && isFinite(data15)) &&
          data15 !== null
        ) {
          const err29 = {
            instancePath: instancePath + "/credit_received_ns",
            schemaPath:
              "metric-record-metadata-session.schema.json/properties/credit_received_ns/type",
            keyword: "type",
            params: { type: schema21.properties.credit_received_ns.type },
            message: "must be integer,null",
          };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      }
      if (data.request_start_ns !== undefined) {
        let data16 = data.request_start_ns;
        if (!(typeof data16 == "number" && !(data16 % 1) && !isNaN(data16) && isFinite(data16))) {
          const err30 = {
            instancePath: instancePath + "/request_start_ns",
            schemaPath:
              "metric-record-metadata-session.schema.json/properties/request_start_ns/type",
            keyword: "type",
            params: { type: "integer" },
            message: "must be integer",
          };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      }
      if (data.request_ack_ns !== undefined) {
        let data17 = data.request_ack_ns;
        if (
          !(typeof data17 == "number" && !(data17 % 1) && !isNaN(data17) && isFinite(data17)) &&
          data17 !== null
        ) {
          const err31 = {
            instancePath: instancePath + "/request_ack_ns",
            schemaPath: "metric-record-metadata-session.schema.json/properties/request_ack_ns/type",
            keyword: "type",
            params: { type: schema21.properties.request_ack_ns.type },
            message: "must be integer,null",
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
        let data18 = data.request_end_ns;
        if (!(typeof data18 == "number" && !(data18 % 1) && !isNaN(data18) && isFinite(data18))) {
          const err32 = {
            instancePath: instancePath + "/request_end_ns",
            schemaPath: "metric-record-metadata-session.schema.json/properties/request_end_ns/type",
            keyword: "type",
            params: { type: "integer" },
            message: "must be integer",
          };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      }
      if (data.worker_id !== undefined) {
        if (typeof data.worker_id !== "string") {
          const err33 = {
            instancePath: instancePath + "/worker_id",
            schemaPath: "metric-record-metadata-session.schema.json/properties/worker_id/type",
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
      if (data.record_processor_id !== undefined) {
        if (typeof data.record_processor_id !== "string") {
          const err34 = {
            instancePath: instancePath + "/record_processor_id",
            schemaPath:
              "metric-record-metadata-session.schema.json/properties/record_processor_id/type",
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
      if (data.benchmark_phase !== undefined) {
        if (typeof data.benchmark_phase !== "string") {
          const err35 = {
            instancePath: instancePath + "/benchmark_phase",
            schemaPath:
              "metric-record-metadata-session.schema.json/properties/benchmark_phase/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      }
      if (data.was_cancelled !== undefined) {
        if (typeof data.was_cancelled !== "boolean") {
          const err36 = {
            instancePath: instancePath + "/was_cancelled",
            schemaPath: "metric-record-metadata-session.schema.json/properties/was_cancelled/type",
            keyword: "type",
            params: { type: "boolean" },
            message: "must be boolean",
          };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      }
      if (data.cancellation_time_ns !== undefined) {
        let data23 = data.cancellation_time_ns;
        if (
          !(typeof data23 == "number" && !(data23 % 1) && !isNaN(data23) && isFinite(data23)) &&
          data23 !== null
        ) {
          const err37 = {
            instancePath: instancePath + "/cancellation_time_ns",
            schemaPath:
              "metric-record-metadata-session.schema.json/properties/cancellation_time_ns/type",
            keyword: "type",
            params: { type: schema21.properties.cancellation_time_ns.type },
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
      if (data.clock_offset_ns !== undefined) {
        let data24 = data.clock_offset_ns;
        if (
          !(typeof data24 == "number" && !(data24 % 1) && !isNaN(data24) && isFinite(data24)) &&
          data24 !== null
        ) {
          const err38 = {
            instancePath: instancePath + "/clock_offset_ns",
            schemaPath:
              "metric-record-metadata-session.schema.json/properties/clock_offset_ns/type",
            keyword: "type",
            params: { type: schema21.properties.clock_offset_ns.type },
            message: "must be integer,null",
          };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      }
    } else {
      const err39 = {
        instancePath,
        schemaPath: "metric-record-metadata-session.schema.json/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
      };
      if (vErrors === null) {
        vErrors = [err39];
      } else {
        vErrors.push(err39);
      }
      errors++;
    }
    var _valid0 = _errs24 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
  }
  if (!valid0) {
    const err40 = {
      instancePath,
      schemaPath: "#/if",
      keyword: "if",
      params: { failingKeyword: ifClause0 },
      message: 'must match "' + ifClause0 + '" schema',
    };
    if (vErrors === null) {
      vErrors = [err40];
    } else {
      vErrors.push(err40);
    }
    errors++;
  }
  validate18.errors = vErrors;
  return errors === 0;
}
function validate17(
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
        !validate18(data.metadata, {
          instancePath: instancePath + "/metadata",
          parentData: data,
          parentDataProperty: "metadata",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
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
                  params: { type: schema22.properties.value.type },
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
          params: { type: schema18.properties.error.type },
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
                params: { type: schema11.properties.code.type },
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
                params: { type: schema11.properties.type.type },
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
                params: { type: schema11.properties.cause.type },
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
                params: { type: schema11.properties.cause_chain.type },
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
          params: { type: schema18.properties.trace_data.type },
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
  validate17.errors = vErrors;
  return errors === 0;
}
export const MetricRecordMetadata = validate18;
export const MetricResult = validate20;
const schema24 = {
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
};
function validate20(
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
          params: { type: schema24.properties.avg.type },
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
          params: { type: schema24.properties.min.type },
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
          params: { type: schema24.properties.max.type },
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
          params: { type: schema24.properties.sum.type },
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
          params: { type: schema24.properties.p1.type },
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
          params: { type: schema24.properties.p5.type },
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
          params: { type: schema24.properties.p10.type },
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
          params: { type: schema24.properties.p25.type },
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
          params: { type: schema24.properties.p50.type },
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
          params: { type: schema24.properties.p75.type },
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
          params: { type: schema24.properties.p90.type },
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
          params: { type: schema24.properties.p95.type },
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
          params: { type: schema24.properties.p99.type },
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
          params: { type: schema24.properties.std.type },
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
          params: { type: schema24.properties.count.type },
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
  validate20.errors = vErrors;
  return errors === 0;
}
export const MetricValue = validate21;
function validate21(
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
          params: { type: schema22.properties.value.type },
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
  validate21.errors = vErrors;
  return errors === 0;
}
export const SummaryFile = validate22;
const schema26 = {
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
const schema27 = {
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
const schema28 = {
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
const pattern1 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}", "u");
function validate24(
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
            !validate11(data2[i0], {
              instancePath: instancePath + "/error_summary/" + i0,
              parentData: data2,
              parentDataProperty: i0,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
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
          params: { type: schema28.properties.start_time.type },
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
        if (!pattern1.test(data4)) {
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
          params: { type: schema28.properties.end_time.type },
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
        if (!pattern1.test(data5)) {
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
  validate24.errors = vErrors;
  return errors === 0;
}
function validate23(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://aiperf-ts.github.io/schemas/summary-file-run1.schema.json" */ let vErrors =
    null;
  let errors = 0;
  if (!validate24(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
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
                  params: { type: schema24.properties.avg.type },
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
                  params: { type: schema24.properties.min.type },
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
                  params: { type: schema24.properties.max.type },
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
                  params: { type: schema24.properties.sum.type },
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
                  params: { type: schema24.properties.p1.type },
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
                  params: { type: schema24.properties.p5.type },
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
                  params: { type: schema24.properties.p10.type },
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
                  params: { type: schema24.properties.p25.type },
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
                  params: { type: schema24.properties.p50.type },
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
                  params: { type: schema24.properties.p75.type },
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
                  params: { type: schema24.properties.p90.type },
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
                  params: { type: schema24.properties.p95.type },
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
                  params: { type: schema24.properties.p99.type },
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
                  params: { type: schema24.properties.std.type },
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
                  params: { type: schema24.properties.count.type },
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
          } else {
            const err21 = {
              instancePath:
                instancePath + "/records/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "metric-result.schema.json/type",
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
        }
      } else {
        const err22 = {
          instancePath: instancePath + "/records",
          schemaPath: "#/allOf/1/properties/records/type",
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
      instancePath,
      schemaPath: "#/allOf/1/type",
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
  validate23.errors = vErrors;
  return errors === 0;
}
const schema30 = {
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
const schema31 = {
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
        telemetry_data: { type: ["object", "null"] },
        run_info: { type: ["object", "null"] },
        warmup_metrics: { type: ["object", "null"] },
        runtime_submission_invalid_reasons: { type: ["array", "object", "null"] },
        branch_stats: { type: ["object", "null"] },
      },
      patternProperties: { "^(input_config|was_cancelled|error_summary|start_time|end_time)$": {} },
      additionalProperties: {
        tsType: "unknown",
        if: { type: "object" },
        then: { $ref: "metric-result.schema.json" },
      },
    },
  ],
};
const pattern3 = new RegExp(
  "^(input_config|was_cancelled|error_summary|start_time|end_time)$",
  "u",
);
const pattern4 = new RegExp("^1\\.\\d+$", "u");
function validate29(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://aiperf-ts.github.io/schemas/summary-file-flat.schema.json" */ let vErrors =
    null;
  let errors = 0;
  if (!validate24(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(
        key0 === "schema_version" ||
        key0 === "aiperf_version" ||
        key0 === "benchmark_id" ||
        key0 === "telemetry_data" ||
        key0 === "run_info" ||
        key0 === "warmup_metrics" ||
        key0 === "runtime_submission_invalid_reasons" ||
        key0 === "branch_stats" ||
        pattern3.test(key0)
      )) {
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
                  params: { type: schema24.properties.avg.type },
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
                  params: { type: schema24.properties.min.type },
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
                  params: { type: schema24.properties.max.type },
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
                  params: { type: schema24.properties.sum.type },
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
                  params: { type: schema24.properties.p1.type },
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
                  params: { type: schema24.properties.p5.type },
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
                  params: { type: schema24.properties.p10.type },
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
                  params: { type: schema24.properties.p25.type },
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
                  params: { type: schema24.properties.p50.type },
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
                  params: { type: schema24.properties.p75.type },
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
                  params: { type: schema24.properties.p90.type },
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
                  params: { type: schema24.properties.p95.type },
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
                  params: { type: schema24.properties.p99.type },
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
                  params: { type: schema24.properties.std.type },
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
                  params: { type: schema24.properties.count.type },
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
          } else {
            const err21 = {
              instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "metric-result.schema.json/type",
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
          var _valid0 = _errs8 === errors;
          valid2 = _valid0;
        }
        if (!valid2) {
          const err22 = {
            instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
            schemaPath: "#/allOf/1/additionalProperties/if",
            keyword: "if",
            params: { failingKeyword: "then" },
            message: 'must match "then" schema',
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      }
    }
    if (data.schema_version !== undefined) {
      let data19 = data.schema_version;
      if (typeof data19 === "string") {
        if (!pattern4.test(data19)) {
          const err23 = {
            instancePath: instancePath + "/schema_version",
            schemaPath: "#/allOf/1/properties/schema_version/pattern",
            keyword: "pattern",
            params: { pattern: "^1\\.\\d+$" },
            message: 'must match pattern "' + "^1\\.\\d+$" + '"',
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
          instancePath: instancePath + "/schema_version",
          schemaPath: "#/allOf/1/properties/schema_version/type",
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
    if (data.aiperf_version !== undefined) {
      if (typeof data.aiperf_version !== "string") {
        const err25 = {
          instancePath: instancePath + "/aiperf_version",
          schemaPath: "#/allOf/1/properties/aiperf_version/type",
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
    if (data.benchmark_id !== undefined) {
      if (typeof data.benchmark_id !== "string") {
        const err26 = {
          instancePath: instancePath + "/benchmark_id",
          schemaPath: "#/allOf/1/properties/benchmark_id/type",
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
    if (data.telemetry_data !== undefined) {
      let data22 = data.telemetry_data;
      if (!(data22 && typeof data22 == "object" && !Array.isArray(data22)) && data22 !== null) {
        const err27 = {
          instancePath: instancePath + "/telemetry_data",
          schemaPath: "#/allOf/1/properties/telemetry_data/type",
          keyword: "type",
          params: { type: schema31.allOf[1].properties.telemetry_data.type },
          message: "must be object,null",
        };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.run_info !== undefined) {
      let data23 = data.run_info;
      if (!(data23 && typeof data23 == "object" && !Array.isArray(data23)) && data23 !== null) {
        const err28 = {
          instancePath: instancePath + "/run_info",
          schemaPath: "#/allOf/1/properties/run_info/type",
          keyword: "type",
          params: { type: schema31.allOf[1].properties.run_info.type },
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
      let data24 = data.warmup_metrics;
      if (!(data24 && typeof data24 == "object" && !Array.isArray(data24)) && data24 !== null) {
        const err29 = {
          instancePath: instancePath + "/warmup_metrics",
          schemaPath: "#/allOf/1/properties/warmup_metrics/type",
          keyword: "type",
          params: { type: schema31.allOf[1].properties.warmup_metrics.type },
          message: "must be object,null",
        };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.runtime_submission_invalid_reasons !== undefined) {
      if (typeof data.runtime_submission_invalid_reasons != "object") {
        const err30 = {
          instancePath: instancePath + "/runtime_submission_invalid_reasons",
          schemaPath: "#/allOf/1/properties/runtime_submission_invalid_reasons/type",
          keyword: "type",
          params: { type: schema31.allOf[1].properties.runtime_submission_invalid_reasons.type },
          message: "must be array,object,null",
        };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.branch_stats !== undefined) {
      let data26 = data.branch_stats;
      if (!(data26 && typeof data26 == "object" && !Array.isArray(data26)) && data26 !== null) {
        const err31 = {
          instancePath: instancePath + "/branch_stats",
          schemaPath: "#/allOf/1/properties/branch_stats/type",
          keyword: "type",
          params: { type: schema31.allOf[1].properties.branch_stats.type },
          message: "must be object,null",
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
      schemaPath: "#/allOf/1/type",
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
  validate29.errors = vErrors;
  return errors === 0;
}
function validate28(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://aiperf-ts.github.io/schemas/summary-file-versioned.schema.json" */ let vErrors =
    null;
  let errors = 0;
  if (!validate29(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
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
  validate28.errors = vErrors;
  return errors === 0;
}
function validate22(
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
    if (!validate23(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
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
      if (!validate28(data, { instancePath, parentData, parentDataProperty, rootData })) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
      }
      var _valid1 = _errs7 === errors;
      valid1 = _valid1;
      ifClause1 = "then";
    } else {
      const _errs8 = errors;
      if (!validate29(data, { instancePath, parentData, parentDataProperty, rootData })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
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
  validate22.errors = vErrors;
  return errors === 0;
}
