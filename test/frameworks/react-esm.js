// React and ReactDOM as one ES module for the React test (served bundled by test/support/react-esm-plugin.mjs).
import React from 'react';
import ReactDOMClient from 'react-dom/client';

export const { createElement, useState, useEffect, useRef, act } = React;
export const { createRoot } = ReactDOMClient;
